#!/usr/bin/env python3
"""Inserts the hand-written one-line Javadocs of tools/style/javadoc.tsv where a type still has none.

    python3 tools/style/javadoc_add.py [ROOT]

The Javadoc goes above the type's annotations and modifiers, and above `// tag::x[]` lines directly
over them, so a README region keeps its text when the whole region is the type. Idempotent: a type
that already has a Javadoc comment is left alone. A missing file or type is reported, not an error
(other work may have moved it); Checkstyle then names whatever still lacks a Javadoc.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fqn import code_mask  # noqa: E402

MODIFIERS = {"public", "protected", "private", "static", "final", "abstract", "sealed", "strictfp"}


def decl_start(code, pos):
    """Start of the annotations and modifiers before the declaration keyword at pos."""
    start = pos
    i = pos
    while True:
        j = i
        while j > 0 and code[j - 1].isspace():
            j -= 1
        if j == 0:
            return start
        if code[j - 1] == ")":  # annotation arguments
            depth, k = 0, j - 1
            while k >= 0:
                if code[k] == ")":
                    depth += 1
                elif code[k] == "(":
                    depth -= 1
                    if depth == 0:
                        break
                k -= 1
            m = re.search(r"@\s*[\w.]+\s*$", code[:k])
            if not m:
                return start
            i = start = m.start()
            continue
        m = re.search(r"(@\s*)?([\w.\-]+)$", code[:j])
        if not m:
            return start
        if m.group(1):
            i = start = m.start()
        elif m.group(2) in MODIFIERS or m.group(2) == "non-sealed":
            i = start = m.start()
        else:
            return start


def insert(src, simple, text):
    code = code_mask(src)
    m = re.search(r"\b(?:class|interface|enum|record|@interface)\s+%s\b" % re.escape(simple), code)
    if not m:
        return None
    start = decl_start(code, m.start())
    line_start = src.rfind("\n", 0, start) + 1
    lines_before = src[:line_start].split("\n")[:-1]
    # skip `//` lines (tags, notes) and blank lines upward: a Javadoc there is already the type's
    k = len(lines_before)
    while k > 0 and (lines_before[k - 1].strip().startswith("//") or not lines_before[k - 1].strip()):
        k -= 1
    if k > 0 and lines_before[k - 1].rstrip().endswith("*/"):
        # find the comment's opening
        j = k - 1
        while j >= 0 and "/*" not in lines_before[j]:
            j -= 1
        if j >= 0 and "/**" in lines_before[j]:
            return src  # already documented
    # insert above directly-preceding `// tag::` lines
    t = len(lines_before)
    while t > 0 and re.match(r"\s*// tag::", lines_before[t - 1]):
        t -= 1
    indent = re.match(r"[ \t]*", src[line_start:]).group(0)
    doc = f"{indent}/** {text} */\n"
    at = sum(len(x) + 1 for x in lines_before[:t])
    return src[:at] + doc + src[at:]


def main(argv):
    root = argv[0] if argv else "."
    table = os.path.join(os.path.dirname(os.path.abspath(__file__)), "javadoc.tsv")
    added = present = missing = 0
    with open(table, encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]
    for path, simple, text in rows:
        full = os.path.join(root, path)
        if not os.path.exists(full):
            print(f"javadoc_add: {path} is gone (skipped)")
            missing += 1
            continue
        with open(full, encoding="utf-8") as f:
            src = f.read()
        new = insert(src, simple, text)
        if new is None:
            print(f"javadoc_add: no type {simple} in {path} (skipped)")
            missing += 1
        elif new == src:
            present += 1
        else:
            with open(full, "w", encoding="utf-8") as f:
                f.write(new)
            added += 1
    print(f"javadoc_add: {added} Javadocs added, {present} already there, {missing} not found")


if __name__ == "__main__":
    main(sys.argv[1:])
