#!/usr/bin/env python3
"""Rewrites inline fully-qualified type names in Java code into imports plus simple names.

    python3 tools/style/fqn.py [--dry-run] [--no-mark | --mark-only] [ROOT]

`java.util.List<String> x = new java.util.ArrayList<>();` becomes `List<String> x = new ArrayList<>();`
with `import java.util.List;` and `import java.util.ArrayList;` added. Only code is touched: comments,
Javadoc, string and char literals and text blocks (generated-source strings in tests) are left as they
are, and so are package, import and module declarations.

A name is left qualified, and its line marked `// checkstyle:allow-fqn` (the Checkstyle suppression),
when its simple name could mean something else in that file:
  - an import of another type with that simple name, or a static import of a member with it;
  - a type declared in the file (top-level or nested) with that simple name;
  - a type of the file's own package (any module, main or test) with that simple name;
  - a java.lang type with that simple name (the import would shadow it);
  - another inline name with the same simple name from another package (the most used one is imported);
  - the simple name already used unqualified in the code (an inherited member type, a type variable,
    something this script cannot resolve).
Markers go on the formatted lines: apply-style.sh runs `--no-mark`, formats, then `--mark-only`.
Idempotent: a second run finds nothing to change. Files under target/ and module-info.java are skipped.
"""
import os
import re
import sys

ROOTS = "java|javax|jakarta|jdk|sun|com|org|io|net"
# a dotted lower-case package (>= 2 segments, starting with a common root) followed by a capitalised type
FQN = re.compile(r"(?<![\w$.])(?<!\.\s)((?:%s)(?:[ \t]*\.[ \t]*[a-z_][a-z0-9_]*)+)[ \t]*\.[ \t]*([A-Z][A-Za-z0-9_$]*)\b" % ROOTS)
ALLOW = "// checkstyle:allow-fqn"

# public top-level types of java.lang (JDK 17..25); an import of another type with one of these
# names would shadow it
JAVA_LANG = set("""
AbstractMethodError Appendable ArithmeticException ArrayIndexOutOfBoundsException ArrayStoreException
AssertionError AutoCloseable Boolean BootstrapMethodError Byte Character CharSequence Class
ClassCastException ClassCircularityError ClassFormatError ClassLoader ClassNotFoundException ClassValue
CloneNotSupportedException Cloneable Comparable Compiler Deprecated Double Enum EnumConstantNotPresentException
Error Exception ExceptionInInitializerError Float FunctionalInterface IllegalAccessError
IllegalAccessException IllegalArgumentException IllegalCallerException IllegalMonitorStateException
IllegalStateException IllegalThreadStateException IncompatibleClassChangeError IndexOutOfBoundsException
InheritableThreadLocal InstantiationError InstantiationException Integer InternalError InterruptedException
Iterable LayerInstantiationException LinkageError Long MatchException Math Module ModuleLayer
NegativeArraySizeException NoClassDefFoundError NoSuchFieldError NoSuchFieldException NoSuchMethodError
NoSuchMethodException NullPointerException Number NumberFormatException Object OutOfMemoryError Override
Package Process ProcessBuilder ProcessHandle Readable Record ReflectiveOperationException Runnable Runtime
RuntimeException RuntimePermission SafeVarargs ScopedValue SecurityException SecurityManager Short
StackOverflowError StackTraceElement StackWalker StrictMath String StringBuffer StringBuilder
StringIndexOutOfBoundsException StringTemplate SuppressWarnings System Thread ThreadDeath ThreadGroup
ThreadLocal Throwable TypeNotPresentException UnknownError UnsatisfiedLinkError
UnsupportedClassVersionError UnsupportedOperationException VerifyError VirtualMachineError Void
WrongThreadException
""".split())


def code_mask(src, kinds=None):
    """The source with comments, string/char literals and text blocks blanked (newlines kept).

    With a list `kinds`, appends per character: "c" code, "l" line comment, "x" other masked text.
    """
    out = list(src)
    kind = ["c"] * len(src)
    i, n = 0, len(src)

    def blank(a, b, k_="x"):
        for k in range(a, b):
            kind[k] = k_
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            blank(i, j, "l")
            i = j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            blank(i, j)
            i = j
        elif src.startswith('"""', i):
            j = i + 3
            while j < n and not src.startswith('"""', j):
                j += 2 if src[j] == "\\" else 1
            j = min(n, j + 3)
            blank(i, j)
            i = j
        elif c == '"' or c == "'":
            j = i + 1
            while j < n and src[j] != c and src[j] != "\n":
                j += 2 if src[j] == "\\" else 1
            j = min(n, j + 1)
            blank(i, j)
            i = j
        else:
            i += 1
    if kinds is not None:
        kinds.extend(kind)
    return "".join(out)


DECL = re.compile(r"\b(?:class|interface|enum|record|@interface)\s+([A-Z][A-Za-z0-9_$]*)")
IMPORT = re.compile(r"^[ \t]*import[ \t]+(static[ \t]+)?([\w.]+?)(\.\*)?[ \t]*;", re.M)
PACKAGE = re.compile(r"^[ \t]*package[ \t]+([\w.]+)[ \t]*;", re.M)
HEADER_STMT = re.compile(r"^[ \t]*(?:import|package)\b[^;]*;", re.M)


def java_files(root):
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x not in ("target", ".git", "node_modules") and not x.startswith(".")]
        for f in files:
            if f.endswith(".java"):
                yield os.path.join(d, f)


def in_scope(path):
    p = path.replace(os.sep, "/")
    return ("/src/main/java/" in p or "/src/test/java/" in p) and not p.endswith("module-info.java")


def package_types(root):
    """package name -> simple names of the top-level types declared in it (all modules, main and test)."""
    types = {}
    for path in java_files(root):
        p = path.replace(os.sep, "/")
        m = re.search(r"/src/(?:main|test)/java/(.+)/([^/]+)\.java$", p)
        if not m or m.group(2) in ("package-info", "module-info"):
            continue
        types.setdefault(m.group(1).replace("/", "."), set()).add(m.group(2))
    return types


def process(path, pkg_types, dry_run, rewrite=True, mark=True):
    with open(path, encoding="utf-8") as f:
        src = f.read()
    code = code_mask(src)
    header = [(m.start(), m.end()) for m in HEADER_STMT.finditer(code)]

    def in_header(pos):
        return any(a <= pos < b for a, b in header)

    hits = [m for m in FQN.finditer(code) if not in_header(m.start())]
    if not hits:
        return 0, 0
    pm = PACKAGE.search(code)
    own_pkg = pm.group(1) if pm else ""
    imports = {}  # simple name -> set of qualified names imported (type or static member)
    for m in IMPORT.finditer(code):
        if m.group(3):
            continue
        q = m.group(2)
        imports.setdefault(q.rsplit(".", 1)[-1], set()).add(q)
    declared = set(DECL.findall(code))
    hit_spans = [(m.start(), m.end()) for m in hits]

    def bare_uses(name):
        for m in re.finditer(r"(?<![\w$.])%s\b" % re.escape(name), code):
            if not in_header(m.start()) and not any(a <= m.start() < b for a, b in hit_spans):
                return True
        return False

    by_simple = {}
    for m in hits:
        pkg = re.sub(r"\s+", "", m.group(1))
        by_simple.setdefault(m.group(2), {}).setdefault(pkg, []).append(m)

    ok = {}  # simple -> package to import/use
    for simple, pkgs in by_simple.items():
        ranked = sorted(pkgs.items(), key=lambda kv: -len(kv[1]))
        pkg = ranked[0][0]
        fq = pkg + "." + simple
        clash = (
            any(q != fq for q in imports.get(simple, ()))
            or simple in declared
            or (pkg != own_pkg and simple in pkg_types.get(own_pkg, ()))
            or (pkg != "java.lang" and simple in JAVA_LANG)
            or bare_uses(simple) and fq not in imports.get(simple, ()) and pkg not in (own_pkg, "java.lang")
        )
        if not clash:
            ok[simple] = pkg

    rewrites, kept = [], []
    for m in hits:
        pkg = re.sub(r"\s+", "", m.group(1))
        if rewrite and ok.get(m.group(2)) == pkg:
            rewrites.append(m)
        else:
            kept.append(m)

    new = src
    for m in sorted(rewrites, key=lambda m: -m.start()):
        new = new[:m.start()] + m.group(2) + new[m.end():]

    needed = sorted({ok[m.group(2)] + "." + m.group(2) for m in rewrites
                     if ok[m.group(2)] not in ("java.lang", own_pkg)
                     and ok[m.group(2)] + "." + m.group(2) not in imports.get(m.group(2), ())})
    if needed:
        new = add_imports(new, needed)

    if kept and mark:
        new = mark_lines(new, {(re.sub(r"\s+", "", m.group(1)), m.group(2)) for m in kept})

    if new != src:
        if dry_run:
            print(f"{path}: {len(rewrites)} rewritten, {len(kept)} kept ({', '.join(sorted({m.group(2) for m in kept}))})")
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(new)
    return len(rewrites), len(kept)


def mark_lines(src, names):
    """Marks each line holding one of the kept qualified names with `// checkstyle:allow-fqn`:
    at its end when the line ends in code or a line comment and stays within 120 columns, else as a
    comment line above it (the suppression covers the comment's line and the next)."""
    kinds = []
    code = code_mask(src, kinds)
    header = [(a.start(), a.end()) for a in HEADER_STMT.finditer(code)]
    lines = src.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    targets = set()
    for m in FQN.finditer(code):
        if any(a <= m.start() < b for a, b in header):
            continue
        if (re.sub(r"\s+", "", m.group(1)), m.group(2)) in names:
            targets.add(src.count("\n", 0, m.start()))
    for ln in sorted(targets, reverse=True):
        line = lines[ln]
        if "checkstyle:allow-fqn" in line or (ln > 0 and "checkstyle:allow-fqn" in lines[ln - 1]):
            continue
        body = line.rstrip()
        end_kind = kinds[starts[ln] + len(body) - 1] if body else "c"
        trailing = body + " " + ALLOW
        if end_kind in ("c", "l") and len(trailing) <= 120:
            lines[ln] = trailing
        else:
            indent = re.match(r"[ \t]*", line).group(0)
            lines.insert(ln, indent + ALLOW)
    return "\n".join(lines)


def add_imports(src, needed):
    """Adds single-type imports after the last import (or after the package line); Spotless sorts them."""
    code = code_mask(src)
    last = None
    for m in IMPORT.finditer(code):
        last = m
    text = "".join(f"import {q};\n" for q in needed)
    if last is not None:
        at = src.find("\n", last.end())
        at = len(src) if at < 0 else at + 1
        return src[:at] + text + src[at:]
    pm = PACKAGE.search(code)
    if pm is not None:
        at = src.find("\n", pm.end())
        at = len(src) if at < 0 else at + 1
        return src[:at] + "\n" + text + src[at:]
    return text + "\n" + src


def main(argv):
    dry_run = "--dry-run" in argv
    rewrite = "--mark-only" not in argv
    mark = "--no-mark" not in argv
    args = [a for a in argv if not a.startswith("--")]
    root = args[0] if args else "."
    pkg_types = package_types(root)
    files = changed = rewritten = kept = 0
    for path in sorted(java_files(root)):
        if not in_scope(path):
            continue
        files += 1
        r, k = process(path, pkg_types, dry_run, rewrite, mark)
        rewritten += r
        kept += k
        changed += 1 if (r or k) else 0
    what = "kept qualified (simple-name clash" + (f", marked {ALLOW})" if mark else ")")
    print(f"fqn: {files} files scanned, {rewritten} inline names rewritten into imports, {kept} {what}")


if __name__ == "__main__":
    main(sys.argv[1:])
