#!/bin/bash
# Kills the window mid-edit, by hand rather than in CI (it needs an X server
# and xdotool): types into the company name of the open company and sends
# SIGKILL at a random moment, N times; after each kill the database must pass
# PRAGMA integrity_check and hold a prefix of what was typed (each keystroke is
# saved in its own transaction; at most the one in flight is lost).
#
#   DISPLAY=:99 tests/tools/gui_kill.sh BUILD_DIR DB.sqlite [N]
#
# DB.sqlite is changed: use a copy. Needs xdotool and python3. Coordinates
# assume a window at the top left of a 1920x1080 screen with no window
# manager (Xvfb), English UI, the Basics page open.
set -u
build=${1:?usage: gui_kill.sh BUILD_DIR DB.sqlite [N]}
db=${2:?usage: gui_kill.sh BUILD_DIR DB.sqlite [N]}
n=${3:-10}
cfg=$(mktemp -d)
trap 'rm -rf "$cfg"' EXIT
export XDG_CONFIG_HOME=$cfg
mkdir -p "$cfg/srdi" && printf '[ui]\nlanguage=en\n' >"$cfg/srdi/srdi-assess.conf"
typed="KILLTEST-abcdefghijklmnopqrstuvwxyz0123456789"
good=0
for i in $(seq 1 "$n"); do
    "$build/srdi-assess" --db "$db" >/dev/null 2>&1 &
    pid=$!
    sleep 2.5
    xdotool mousemove 640 109 click 1 key ctrl+a
    xdotool type --delay 40 "$typed" &
    typist=$!
    sleep "0.$((RANDOM % 9 + 1))$((RANDOM % 10))"
    kill -9 "$pid"
    kill "$typist" 2>/dev/null
    wait "$pid" "$typist" 2>/dev/null
    result=$(python3 - "$db" "$typed" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
check = c.execute("PRAGMA integrity_check").fetchone()[0]
names = [r[0] for r in c.execute("SELECT name FROM companies WHERE name LIKE 'K%'")]
fine = check == "ok" and len(names) <= 1 and all(sys.argv[2].startswith(x) for x in names)
print("good" if fine else "BAD", check, names[0] if names else "(nothing typed yet)")
PY
)
    echo "kill $i: $result"
    case $result in good*) good=$((good + 1)) ;; esac
done
echo "kills: $n, good: $good"
[ "$good" -eq "$n" ]
