#!/usr/bin/env python3
"""Keeps the README's code blocks equal to the tagged sample regions they show, across a reformat.

    python3 tools/style/readme_sync.py snapshot STATE.json [ROOT]   # before formatting
    python3 tools/style/readme_sync.py apply STATE.json [ROOT]      # after formatting

The README's ```java blocks are `// tag::x[]` ... `// end::x[]` regions of compiled samples
(samples' ReadmeTest, migrations' MigrationDocsTest). `snapshot` records each region's text, with the
common indentation removed as those tests do; `apply` replaces, in README.md, every recorded text
that changed with its new text. It also puts the import lines of a region that holds imports in the
formatter's order (static imports, a blank line, the others; each sorted), since the formatter would
otherwise move imports out of the region.
"""
import json
import os
import re
import sys

REGION = re.compile(r"// tag::([\w-]+)\[\]\n(.*?)\n[ \t]*// end::\1\[\]", re.S)
JAVA_BLOCK = re.compile(r"(```java\n)(.*?)(```)", re.S)
IMPORT_LINE = re.compile(r"^import\s+(static\s+)?([\w.*]+)\s*;\s*(//.*)?$")


def normalise(text):
    lines = text.splitlines()
    indents = [len(l) - len(l.lstrip()) for l in lines if l.strip()]
    indent = min(indents) if indents else 0
    return "\n".join("" if not l.strip() else l[indent:].rstrip() for l in lines).strip()


def java_files(root):
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x not in ("target", ".git", "node_modules") and not x.startswith(".")]
        for f in files:
            if f.endswith(".java"):
                yield os.path.join(d, f)


def regions(root):
    out = {}
    for path in java_files(root):
        with open(path, encoding="utf-8") as f:
            src = f.read()
        for m in REGION.finditer(src):
            out[os.path.relpath(path, root) + "#" + m.group(1)] = normalise(m.group(2))
    return out


def sort_import_regions(root):
    """Formatter order for the import lines of regions that hold only imports (and comments)."""
    changed = 0
    for path in java_files(root):
        with open(path, encoding="utf-8") as f:
            src = f.read()

        def fix(m):
            body = m.group(2).split("\n")
            if not any(l.startswith("import ") for l in body):
                return m.group(0)
            if not all(IMPORT_LINE.match(l) or not l.strip() for l in body):
                return m.group(0)
            items = [IMPORT_LINE.match(l) for l in body if l.strip()]

            def line(i):
                return i.string.rstrip()  # as written: the region is fenced off from the formatter

            statics = sorted((i for i in items if i.group(1)), key=lambda i: i.group(2))
            others = sorted((i for i in items if not i.group(1)), key=lambda i: i.group(2))
            groups = [g for g in ([line(i) for i in statics], [line(i) for i in others]) if g]
            new_body = "\n\n".join("\n".join(g) for g in groups)
            return m.group(0).replace(m.group(2), new_body, 1)

        new = REGION.sub(fix, src)
        if new != src:
            with open(path, "w", encoding="utf-8") as f:
                f.write(new)
            changed += 1
    return changed


def main(argv):
    if len(argv) < 2 or argv[0] not in ("snapshot", "apply"):
        sys.exit(__doc__)
    cmd, state = argv[0], argv[1]
    root = argv[2] if len(argv) > 2 else "."
    readme_path = os.path.join(root, "README.md")
    if cmd == "snapshot":
        with open(readme_path, encoding="utf-8") as f:
            readme = f.read()
        shown = {k: v for k, v in regions(root).items() if v and v in readme}
        with open(state, "w", encoding="utf-8") as f:
            json.dump(shown, f, indent=1)
        n = sort_import_regions(root)
        print(f"readme_sync: {len(shown)} tagged regions shown in README.md recorded"
              + (f"; import regions put in formatter order in {n} files" if n else ""))
        return
    with open(state, encoding="utf-8") as f:
        before = json.load(f)
    with open(readme_path, encoding="utf-8") as f:
        readme = f.read()
    now = regions(root)
    updated, lost = 0, []
    for key, old in before.items():
        new = now.get(key)
        if new is None:
            lost.append(key)
        elif new != old:
            # only inside ```java blocks, so prose that happens to hold the same text stays
            def swap(m):
                return m.group(1) + m.group(2).replace(old, new) + m.group(3)

            replaced = JAVA_BLOCK.sub(swap, readme)
            if replaced != readme:
                readme = replaced
                updated += 1
    with open(readme_path, "w", encoding="utf-8") as f:
        f.write(readme)
    print(f"readme_sync: {updated} README code blocks updated to their reformatted regions"
          + (f"; regions no longer found: {', '.join(lost)}" if lost else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
