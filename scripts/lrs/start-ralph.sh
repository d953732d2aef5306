#!/usr/bin/env bash
# Start Ralph's xAPI LRS API on 127.0.0.1:PORT, fs backend in append mode, for tests.
#
# Usage: scripts/lrs/start-ralph.sh PORT DATADIR
#
# DATADIR (created if needed) receives:
#   auth.json         basic-auth users (user leerlijn / leerlijn-test)
#   lrs/fs_lrs.jsonl  the stored statements, one JSON object per line
#   history.json      Ralph's backend read/write history (grows on every request)
#   ralph.log         uvicorn + Ralph log
#   ralph.pid         PID of the server (used by stop-ralph.sh)
# Exits 0 once GET /__heartbeat__ answers 200; non-zero if the server does not
# come up within RALPH_START_TIMEOUT seconds (default 30).
#
# Env: RALPH_VENV (default <repo>/.venv-lrs, see install-ralph.sh),
#      RALPH_START_TIMEOUT (default 30), and any RALPH_* setting is passed through
#      (e.g. RALPH_RUNSERVER_MAX_SEARCH_HITS_COUNT, default 100, the page size).
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 PORT DATADIR" >&2
  exit 2
fi
port="$1"
if ! [[ "$port" =~ ^[0-9]+$ ]] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
  echo "start-ralph: PORT must be 1..65535, got '$port'" >&2
  exit 2
fi

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../.." && pwd)"
venv="${RALPH_VENV:-$repo_root/.venv-lrs}"
timeout="${RALPH_START_TIMEOUT:-30}"
python="$venv/bin/python"

# find_spec only: importing ralph itself would already evaluate RALPH_* settings.
if [ ! -x "$python" ] || ! "$python" -c 'import importlib.util as u, sys
sys.exit(any(u.find_spec(m) is None for m in ("ralph", "uvicorn", "fastapi", "bcrypt", "click", "requests")))' >/dev/null 2>&1; then
  echo "start-ralph: Ralph is not installed in $venv; run scripts/lrs/install-ralph.sh" >&2
  exit 1
fi

mkdir -p "$2"
datadir="$(cd "$2" && pwd)"
pidfile="$datadir/ralph.pid"
logfile="$datadir/ralph.log"

if [ -f "$pidfile" ]; then
  oldpid="$(cat "$pidfile" 2>/dev/null || true)"
  if [ -n "$oldpid" ] && kill -0 "$oldpid" 2>/dev/null \
     && grep -q ralph_append_app "/proc/$oldpid/cmdline" 2>/dev/null; then
    echo "start-ralph: already running with PID $oldpid for $datadir; run stop-ralph.sh first" >&2
    exit 1
  fi
  rm -f "$pidfile"
fi

# Refuse a port that something already listens on: its heartbeat would fool the wait below.
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "start-ralph: 127.0.0.1:$port is already in use" >&2
  exit 1
fi

# Ralph's configuration is environment only (pydantic-settings, prefix RALPH_, "__" nesting).
export RALPH_RUNSERVER_BACKEND=fs
export RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH="$datadir/lrs"
export RALPH_AUTH_FILE="$datadir/auth.json"
export RALPH_HISTORY_FILE="$datadir/history.json"
export RALPH_APP_DIR="$datadir"
export RALPH_RUNSERVER_AUTH_BACKENDS="${RALPH_RUNSERVER_AUTH_BACKENDS:-basic}"
mkdir -p "$datadir/lrs"

# Fresh auth file with the test user (ralph auth appends and refuses duplicate usernames).
rm -f "$RALPH_AUTH_FILE"
"$venv/bin/ralph" auth \
  --username leerlijn --password leerlijn-test \
  --scope statements/write --scope statements/read \
  --agent-ifi-mbox mailto:leerlijn@example.org --agent-name Leerlijn \
  --write-to-disk >>"$logfile" 2>&1 || {
    echo "start-ralph: 'ralph auth' failed; see $logfile" >&2
    tail -n 20 "$logfile" >&2
    exit 1
  }

# True while PID runs (a child that exited stays a zombie until reaped, and kill -0 succeeds on it).
alive() {
  local state
  state="$(awk '/^State:/ {print $2}' "/proc/$1/status" 2>/dev/null || true)"
  [ -n "$state" ] && [ "$state" != "Z" ]
}

start_ns="$(date +%s%N)"
# cwd = DATADIR so that Ralph's settings do not pick up some other directory's .env file.
(
  cd "$datadir"
  exec setsid "$python" -m uvicorn ralph_append_app:app \
    --app-dir "$script_dir" --host 127.0.0.1 --port "$port" \
    >>"$logfile" 2>&1 </dev/null
) &
pid=$!
echo "$pid" >"$pidfile"

deadline=$(( $(date +%s) + timeout ))
while :; do
  if ! alive "$pid"; then
    rm -f "$pidfile"
    echo "start-ralph: server exited during startup; last lines of $logfile:" >&2
    tail -n 30 "$logfile" >&2
    exit 1
  fi
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 \
          "http://127.0.0.1:$port/__heartbeat__" 2>/dev/null || true)"
  if [ "$code" = "200" ]; then
    break
  fi
  if [ "$(date +%s)" -ge "$deadline" ]; then
    echo "start-ralph: no 200 from http://127.0.0.1:$port/__heartbeat__ within ${timeout}s (last status: ${code:-none}); stopping PID $pid" >&2
    kill -TERM "$pid" 2>/dev/null || true
    rm -f "$pidfile"
    tail -n 30 "$logfile" >&2
    exit 1
  fi
  sleep 0.2
done
elapsed_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
echo "Ralph LRS up at http://127.0.0.1:$port/xAPI/ (PID $pid, data $datadir, ${elapsed_ms} ms)"
