#!/usr/bin/env bash
# Checks the one-folder build (dist/mandrivna) as a user of a machine without Python would meet
# it: `make package-check` (after `make package`). Not part of `make test`: building takes a
# minute and this check another.
#
# As root, the build runs in a private mount namespace where every Python on this machine is
# hidden (its folders covered by empty ones, its programs by /dev/null), with an empty
# environment and no display. It must then print its version (the one in pyproject.toml), set up
# a data folder, import a catalogue, draw its window into a PNG (build/check/readers.png, to look
# at) and sync with a real server on 127.0.0.1, and a second laptop set up by its enrollment alone
# must receive what the first one sent.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
APP="$ROOT/dist/mandrivna/mandrivna"
OUT="$ROOT/build/check"

if [ "${1:-}" = "--inside" ]; then
  # In the namespace: hide every Python, then run the checks with nothing of ours on PATH.
  for dir in /usr/lib/python3* /usr/local/lib/python3* /root/.pyenv "$ROOT/.venv" /opt/python*; do
    [ -d "$dir" ] && mount -t tmpfs -o ro,size=1k none "$dir"
  done
  for program in /usr/bin/python* /usr/local/bin/python*; do
    [ -e "$program" ] && mount --bind /dev/null "$program"
  done
  if env -i PATH=/usr/bin:/bin sh -c 'python3 -c 1 || python -c 1' >/dev/null 2>&1; then
    echo "FAIL: a Python is still reachable inside the check" >&2
    exit 1
  fi
  shift
  exec env -i HOME="$OUT/home" PATH=/usr/bin:/bin LANG=C.UTF-8 MANDRIVNA_LANG=uk \
    bash "$0" --checks "$@"
fi

if [ "${1:-}" = "--checks" ]; then
  server_url=$2 code_a=$3 code_b=$4 version=$5
  run() { echo "\$ mandrivna $*"; "$APP" "$@"; }
  got=$("$APP" --version)
  [ "$got" = "mandrivna $version" ] || { echo "FAIL: --version said '$got'" >&2; exit 1; }
  echo "$got"
  A="$OUT/laptop-a" B="$OUT/laptop-b"
  run --data-dir "$A" setup --hub "Хаб Дніпро" --librarian "Олена"
  printf 'title;authors;copies\nТигролови;Багряний, Іван;2\nЛісова пісня;Українка, Леся;1\n' \
    >"$OUT/books.csv"
  run --data-dir "$A" import catalogue "$OUT/books.csv"
  run --data-dir "$A" --screenshot "$OUT/readers.png" --page readers
  [ "$(stat -c %s "$OUT/readers.png")" -gt 10000 ] || { echo "FAIL: no picture" >&2; exit 1; }
  run --data-dir "$A" enroll --server "$server_url" --code "$code_a"
  run --data-dir "$A" sync | tee "$OUT/sync-a.txt"
  grep -q "Надіслано змін: [1-9]" "$OUT/sync-a.txt" || { echo "FAIL: nothing sent" >&2; exit 1; }
  run --data-dir "$B" enroll --server "$server_url" --code "$code_b" --librarian "Марія"
  run --data-dir "$B" sync | tee "$OUT/sync-b.txt"
  grep -q "отримано: [1-9]" "$OUT/sync-b.txt" || { echo "FAIL: nothing received" >&2; exit 1; }
  run --data-dir "$B" --screenshot "$OUT/catalogue.png" --page catalogue
  exit 0
fi

[ -x "$APP" ] || { echo "No build at $APP: run make package first." >&2; exit 1; }
rm -rf "$OUT" && mkdir -p "$OUT/home"
version=$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
port=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
db="sqlite:///$OUT/server.sqlite3"
.venv/bin/mandrivna-server serve --db "$db" --host 127.0.0.1 --port "$port" >"$OUT/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 0.2
done
code_a=$(.venv/bin/mandrivna-server enroll --hub "Хаб Дніпро" --db "$db" | tail -1)
code_b=$(.venv/bin/mandrivna-server enroll --hub "Хаб Харків" --db "$db" | tail -1)

if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then
  unshare --mount --propagation private bash "$0" --inside "http://127.0.0.1:$port" \
    "$code_a" "$code_b" "$version"
else
  echo "(not root: Python stays visible; the build still runs with an empty environment)"
  env -i HOME="$OUT/home" PATH=/usr/bin:/bin LANG=C.UTF-8 MANDRIVNA_LANG=uk \
    bash "$0" --checks "http://127.0.0.1:$port" "$code_a" "$code_b" "$version"
fi
echo "OK: dist/mandrivna ($(du -sh dist/mandrivna | cut -f1)) runs without Python; pictures in build/check/"
