#!/usr/bin/env bash
# Stop the Ralph LRS started by start-ralph.sh for DATADIR (reads DATADIR/ralph.pid).
# Usage: scripts/lrs/stop-ralph.sh DATADIR
# Exits 0 when the server is stopped or was not running.
set -euo pipefail

if [ "$#" -ne 1 ]; then
  echo "usage: $0 DATADIR" >&2
  exit 2
fi
pidfile="$1/ralph.pid"
if [ ! -f "$pidfile" ]; then
  echo "stop-ralph: no $pidfile; nothing to stop"
  exit 0
fi
pid="$(cat "$pidfile")"
# Only signal the process if it is still our server (PIDs get reused).
if ! [[ "$pid" =~ ^[0-9]+$ ]] || ! kill -0 "$pid" 2>/dev/null \
   || ! grep -q ralph_append_app "/proc/$pid/cmdline" 2>/dev/null; then
  echo "stop-ralph: PID '$pid' is not a running Ralph server; removing stale $pidfile"
  rm -f "$pidfile"
  exit 0
fi

kill -TERM "$pid"
for _ in $(seq 1 50); do   # up to 10 s for a graceful shutdown
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.2
done
if kill -0 "$pid" 2>/dev/null; then
  echo "stop-ralph: PID $pid did not exit after SIGTERM; sending SIGKILL" >&2
  kill -KILL "$pid" 2>/dev/null || true
fi
rm -f "$pidfile"
echo "Ralph (PID $pid) stopped"
