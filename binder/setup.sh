#!/usr/bin/env bash
# The one set-up of jbackprop, used by the README's commands, by CI and by Binder's postBuild.
#
#   binder/setup.sh            check tools, install missing Debian packages (as root), create .venv
#                              with the pinned Jupyter tools and the JJava kernel, build the jars,
#                              and register the kernel spec inside .venv with our extension on it.
#   binder/setup.sh --binder   the same inside repo2docker: no apt (apt.txt did it), no .venv
#                              (requirements.txt went into Binder's own environment).
#   binder/setup.sh --test     also what the test command needs: apt-test.txt (Chromium for the
#                              browser test) and requirements-test.txt (Playwright); test.sh passes it.
#
# Idempotent: a second run checks stamps, rebuilds only what changed and rewrites the same spec.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MODE=local
TESTS=no
for arg in "$@"; do
  case "$arg" in
    --binder) MODE=binder ;;
    --test) TESTS=yes ;;
    *) printf 'setup: unknown option %s (known: --binder, --test)\n' "$arg" >&2; exit 2 ;;
  esac
done

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }

need() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' is not installed; $2"
}
need java    "install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless) and put java on the PATH"
need mvn     "install Maven (Debian: apt-get install maven) and put mvn on the PATH"
need python3 "install Python 3.9 or newer (Debian: apt-get install python3 python3-venv)"
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[ "${java_major%%.*}" -ge 17 ] 2>/dev/null || die "java is version ${java_major:-unknown}; jbackprop needs Java 17 or newer"

# --- Debian packages: fonts for headless charts, OpenBLAS for native matrix products -------------
if [ "$MODE" = local ] && command -v dpkg >/dev/null 2>&1; then
  missing=()
  lists=("$ROOT/binder/apt.txt")
  [ "$TESTS" = yes ] && lists+=("$ROOT/binder/apt-test.txt")
  while read -r pkg; do
    case "$pkg" in ''|'#'*|openjdk-*|maven) continue ;; esac   # the tools were checked above
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done < <(cat "${lists[@]}")
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      say "installing Debian packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >/dev/null
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      say "installing Debian packages with sudo: ${missing[*]}"
      sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
      sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      say "warning: missing Debian packages ${missing[*]} and no root to install them;"
      say "         charts may lack fonts and matrix products use the pure-Java BLAS"
    fi
  fi
fi

# --- Python: the JJava kernel and Jupyter's tools ------------------------------------------------
# The interpreter a venv script names on its #! line, if that is not the venv's own python.
foreign_interpreter() {
  local venv=$1 script line
  for script in "$venv"/bin/pip "$venv"/bin/jupyter "$venv"/bin/pytest; do
    [ -f "$script" ] || continue
    IFS= read -r line < "$script" || true
    case "$line" in
      "#!$venv/bin/python"*) ;;
      '#!'*) echo "${line#\#!}"; return ;;
    esac
  done
  local real
  real=$(readlink -f "$venv/bin/python" 2>/dev/null || true)
  case "$real" in
    */.venv/bin/*) [ "${real#"$venv"/}" = "$real" ] && echo "$real" ;;
  esac
}
venv_is_ours() { [ -z "$(foreign_interpreter "$1")" ]; }

if [ "$MODE" = local ]; then
  VENV="$ROOT/.venv"
  PY="$VENV/bin/python"
  stamp="$VENV/.requirements.sha256"
  want=$(sha256sum "$ROOT/binder/requirements.txt" | cut -d' ' -f1)
  # A .venv copied or moved from another clone still runs that clone's Python and Jupyter (every
  # script's #! line names the folder it was made in): rebuild it rather than use the other one.
  if [ -d "$VENV" ] && ! venv_is_ours "$VENV"; then
    say "$VENV was made for another folder ($(foreign_interpreter "$VENV")); rebuilding it"
    rm -rf "$VENV"
  fi
  if [ ! -x "$PY" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    if [ ! -x "$PY" ]; then
      say "creating $VENV"
      python3 -m venv "$VENV" 2>/dev/null || die "python3 cannot create a virtual environment; install it (Debian: apt-get install python3-venv)"
    fi
    say "installing pinned Python packages (binder/requirements.txt)"
    "$PY" -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
    "$PY" -m pip install -q --disable-pip-version-check -r "$ROOT/binder/requirements.txt"
    echo "$want" > "$stamp"
  fi
  if [ "$TESTS" = yes ]; then
    stamp="$VENV/.requirements-test.sha256"
    want=$(sha256sum "$ROOT/binder/requirements-test.txt" | cut -d' ' -f1)
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
      say "installing pinned test packages (binder/requirements-test.txt)"
      "$PY" -m pip install -q --disable-pip-version-check -r "$ROOT/binder/requirements-test.txt"
      echo "$want" > "$stamp"
    fi
  fi
else
  PY=$(command -v python3)
fi
PREFIX=$("$PY" -c 'import sys; print(sys.prefix)')

# --- Java: build the library and the shaded extension jar ----------------------------------------
JAR="$ROOT/kernel-ext/target/jbackprop-kernel-ext-all.jar"
stale=yes
if [ -f "$JAR" ]; then
  changed=$(find "$ROOT/pom.xml" "$ROOT/lib" "$ROOT/kernel-ext" -path '*/target' -prune -o \
              -type f -newer "$JAR" -print -quit)
  [ -z "$changed" ] && stale=no
fi
if [ "$stale" = yes ]; then
  say "building the jars with Maven (the first build downloads the dependencies)"
  # (Maven 3.8 still writes colour resets with -B; the sed keeps the log plain.)
  (cd "$ROOT" && mvn -q -B -Dstyle.color=never -DskipTests install 2>&1) | sed 's/\x1b\[[0-9;]*m//g' \
    || die "the Maven build failed (see above)"
  # The jar of this POM's version, not whichever version an older build left in target/.
  version=$(sed -n '0,/<artifactId>jbackprop-parent<\/artifactId>/d; s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
  built="$ROOT/kernel-ext/target/jbackprop-kernel-ext-$version-all.jar"
  [ -f "$built" ] || die "the build made no $built"
  cp "$built" "$JAR.tmp" && mv "$JAR.tmp" "$JAR"
fi

# --- The kernel spec: JJava's own, with our extension and JVM options ----------------------------
SPEC="$PREFIX/share/jupyter/kernels/java"
[ -f "$SPEC/kernel.json" ] || die "the JJava kernel spec is missing at $SPEC (is jjava in requirements.txt installed?)"
ARCHIVE="$SPEC/jbackprop-kernel.jsa"
write_spec() {   # write_spec [archive]: the spec, naming the class data sharing archive if given
  "$PY" - "$SPEC/kernel.json" "$JAR" "${1:-}" <<'PYEOF'
import json, sys
path, jar, archive = sys.argv[1:4]
spec = json.load(open(path))
# Binder gives 2 GB in all: the kernel JVM keeps well under it. Charts are drawn off-screen.
opts = "-Xmx768m -Djava.awt.headless=true --add-modules=jdk.incubator.vector"
if archive:
    # The classes of a first session, mapped instead of loaded; checksums verified, so a damaged
    # archive is ignored rather than used (the JVM then starts without class sharing).
    opts += f" -XX:SharedArchiveFile={archive} -XX:+VerifySharedSpaces"
spec["env"] = {"JJAVA_CLASSPATH": jar, "JJAVA_JVM_OPTS": opts}
spec["display_name"] = "Java (jjava)"
with open(path, "w") as f:
    json.dump(spec, f, indent=2)
    f.write("\n")
PYEOF
}
write_spec

# --- Class data sharing: the kernel JVM maps the classes a first session loads -------------------
# Made by one real kernel session (binder/kernel_archive.py), again whenever Java, the jar or JJava
# changes. About a second less CPU before the first chart; without it everything still works.
made_from="$(java -version 2>&1 | tr '\n' ' ') $(stat -c '%n %Y %s' "$JAR" "$SPEC/jjava.jar" | tr '\n' ' ')"
if [ ! -f "$ARCHIVE" ] || [ "$(cat "$ARCHIVE.made-from" 2>/dev/null)" != "$made_from" ]; then
  rm -f "$ARCHIVE" "$ARCHIVE.made-from"
  say "recording the kernel's class data sharing archive (one kernel session)"
  if "$PY" "$ROOT/binder/kernel_archive.py" "$SPEC" "$ARCHIVE"; then
    echo "$made_from" > "$ARCHIVE.made-from"
  else
    say "warning: no class data sharing archive; the kernel starts without it (about a second slower)"
  fi
fi
if [ -f "$ARCHIVE" ]; then
  write_spec "$ARCHIVE"
  say "ready: kernel 'java' in $SPEC uses $(basename "$JAR") and $(basename "$ARCHIVE")"
else
  say "ready: kernel 'java' in $SPEC uses $(basename "$JAR")"
fi
