#!/usr/bin/env bash
# Run the independent third-party client (client.py) against oa-rt's emulator.
#
#   tests/thirdparty/run.sh [path/to/oa-rt]        (default: target/debug/oa-rt)
#
# Creates a throw-away venv (or reuses $THIRDPARTY_VENV), installs the pinned
# requirements from PyPI, starts `oa-rt emulator serve --scenario healthy
# --port 0` with credentials in a temp dir, runs client.py against the config
# the emulator writes, stops the emulator, removes the temp dir, and exits with
# client.py's exit code (2 if the harness itself could not run).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
bin="${1:-$repo/target/debug/oa-rt}"
python="${PYTHON:-python3}"

die() { echo "run.sh: $*" >&2; exit 2; }

[ -x "$bin" ] || die "emulator binary not found or not executable: $bin"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || die "$python is older than 3.11 (tomllib is needed)"

work="$(mktemp -d "${TMPDIR:-/tmp}/oa-rt-thirdparty.XXXXXX")"
emu_pid=""
cleanup() {
  if [ -n "$emu_pid" ] && kill -0 "$emu_pid" 2>/dev/null; then
    kill "$emu_pid" 2>/dev/null || true
    wait "$emu_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -n "${THIRDPARTY_VENV:-}" ]; then
  venv="$THIRDPARTY_VENV"
  [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
else
  venv="$work/venv"
  "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
  -r "$here/requirements.txt" >&2 || die "pip install failed"

mkdir "$work/creds"
"$bin" emulator serve --scenario healthy --port 0 --credentials-dir "$work/creds" \
  >"$work/emulator.out" 2>"$work/emulator.err" &
emu_pid=$!

url=""
for _ in $(seq 1 300); do
  if ! kill -0 "$emu_pid" 2>/dev/null; then
    cat "$work/emulator.err" >&2
    die "emulator exited before it was ready"
  fi
  line="$(head -n 1 "$work/emulator.out" 2>/dev/null || true)"
  case "$line" in
    *"listening on http://"*) url="${line##*listening on }"; break ;;
  esac
  sleep 0.1
done
[ -n "$url" ] || die "emulator did not print its URL within 30 s"
[ -f "$work/creds/config.toml" ] || die "emulator wrote no config.toml"
echo "run.sh: emulator ($bin) listening on $url" >&2

set +e
"$venv/bin/python" "$here/client.py" --config "$work/creds/config.toml"
rc=$?
set -e
exit "$rc"
