#!/usr/bin/env bash
# Puts the code-style build in place and applies it, in one repeatable step:
#   bash tools/style/apply-style.sh        (at the root of a checkout; JDK 17 on the PATH)
#
#  1. the root pom gets spotless-maven-plugin (palantir-java-format, removeUnusedImports) and
#     maven-checkstyle-plugin (config/checkstyle/checkstyle.xml), both checking in `mvn verify`;
#  2. README regions are recorded, so the README's code blocks follow the reformatted samples;
#  3. the hand-written Javadocs of tools/style/javadoc.tsv go onto the public types that lack one;
#  4. inline fully-qualified names become imports (tools/style/fqn.py); a real simple-name clash
#     keeps the qualified name, marked `// checkstyle:allow-fqn`;
#  5. mvn spotless:apply formats everything, then the clash markers are placed on the formatted lines;
#  6. the README's code blocks are updated, and Checkstyle lists whatever it still finds.
# Running it twice changes nothing the second time. It never commits: review `git diff`, then commit.
set -euo pipefail

ROOT=$(pwd)
if [ ! -f pom.xml ] || ! grep -q '<artifactId>kakaorm-parent</artifactId>' pom.xml; then
  echo "apply-style: run me at the root of a KakaORM checkout (no kakaorm-parent pom.xml in $ROOT)" >&2
  exit 2
fi
log() { printf '\n== apply-style: %s\n' "$*"; }

# --- the support files: next to this script, else this checkout's, else from the style branch ----
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REF=${STYLE_REF:-}
if [ -f "$HERE/fqn.py" ]; then
  TOOLS="$HERE"
elif [ -f "$ROOT/tools/style/fqn.py" ]; then
  TOOLS="$ROOT/tools/style"
else
  for r in style origin/style; do git rev-parse -q --verify "$r^{commit}" >/dev/null && REF=${REF:-$r}; done
  [ -n "$REF" ] || { echo "apply-style: no tools/style here and no 'style' branch to take it from" >&2; exit 2; }
  TOOLS=$(mktemp -d)
  for f in fqn.py pom_patch.py javadoc_add.py javadoc.tsv readme_sync.py; do
    git show "$REF:tools/style/$f" > "$TOOLS/$f"
  done
  echo "apply-style: support files taken from $REF"
fi
if [ ! -f config/checkstyle/checkstyle.xml ]; then
  mkdir -p config/checkstyle
  if [ -f "$TOOLS/../../config/checkstyle/checkstyle.xml" ]; then
    cp "$TOOLS/../../config/checkstyle/checkstyle.xml" config/checkstyle/checkstyle.xml
  else
    for r in ${REF:-} style origin/style; do
      git show "$r:config/checkstyle/checkstyle.xml" > config/checkstyle/checkstyle.xml 2>/dev/null && break
    done
  fi
  [ -s config/checkstyle/checkstyle.xml ] || { echo "apply-style: no config/checkstyle/checkstyle.xml" >&2; exit 2; }
fi
# .mvn/ marks the reactor root, so ${maven.multiModuleProjectDirectory} (the Checkstyle config's
# location) is the root also when mvn runs inside a module directory
mkdir -p .mvn && [ -f .mvn/jvm.config ] || : > .mvn/jvm.config

MVNLOG=$(mktemp)
mvn_() {  # offline first; online once if a plugin is not in ~/.m2 yet
  if mvn -B -o -q "$@" >"$MVNLOG" 2>&1; then return 0; fi
  if grep -q "offline mode" "$MVNLOG"; then mvn -B -q "$@"; else cat "$MVNLOG" >&2; return 1; fi
}
STATE=$(mktemp)
trap 'rm -f "$STATE" "$MVNLOG"' EXIT

log "1. root pom: Spotless + Checkstyle"
python3 "$TOOLS/pom_patch.py" pom.xml

log "2. README regions"
python3 "$TOOLS/readme_sync.py" snapshot "$STATE" .

log "3. Javadoc on public types (tools/style/javadoc.tsv)"
python3 "$TOOLS/javadoc_add.py" .

log "4. inline fully-qualified names -> imports"
python3 "$TOOLS/fqn.py" --no-mark .

log "5. mvn spotless:apply"
t0=$(date +%s)
mvn_ spotless:apply
python3 "$TOOLS/fqn.py" --mark-only . | sed 's/^/   /'
if ! mvn_ spotless:check >/dev/null 2>&1; then mvn_ spotless:apply; fi
echo "   formatted in $(( $(date +%s) - t0 ))s"

log "6. README code blocks"
python3 "$TOOLS/readme_sync.py" apply "$STATE" .

log "7. Checkstyle (what is left to fix by hand)"
out=$(mvn -B -o -fae checkstyle:check@checkstyle-check 2>&1 || true)
if printf '%s\n' "$out" | grep -q "offline mode"; then out=$(mvn -B -fae checkstyle:check@checkstyle-check 2>&1 || true); fi
violations=$(printf '%s\n' "$out" | grep -E '^\[(ERROR|WARN)\] /.*\.java:[0-9]+' | sed "s#$ROOT/##" || true)
if [ -z "$violations" ]; then
  if printf '%s\n' "$out" | grep -q "BUILD SUCCESS"; then
    echo "   no Checkstyle violation"
  else
    printf '%s\n' "$out" | tail -30
    echo "apply-style: Checkstyle did not run to the end (see above)" >&2
    exit 1
  fi
else
  printf '%s\n' "$violations" | sed 's/^/   /'
  echo "   $(printf '%s\n' "$violations" | wc -l) violation(s) by rule:"
  printf '%s\n' "$violations" | grep -oE '\[[A-Za-z]+\]$' | sort | uniq -c | sed 's/^/   /'
  echo "apply-style: fix these by hand (a one-line Javadoc; an import), then run me again" >&2
  exit 1
fi
log "done: review 'git diff --stat', run 'mvn -o -q verify -DskipTests -Dinvoker.skip', commit"
