#!/usr/bin/env bash
# Smoke test of the loopback Ralph LRS: starts it on a fresh data dir, replays the
# behaviours recorded in docs/lrs-notes.md, stops it. Exits non-zero on any mismatch
# (e.g. after a Ralph upgrade changes them).
#
# Usage: scripts/lrs/smoke-ralph.sh [PORT]   (default: a free loopback port)
# Needs: curl, jq; Ralph installed by scripts/lrs/install-ralph.sh.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../.." && pwd)"
venv="${RALPH_VENV:-$repo_root/.venv-lrs}"
port="${1:-$("$venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
datadir="$(mktemp -d)"
trap '"$script_dir/stop-ralph.sh" "$datadir" >/dev/null; rm -rf "$datadir"' EXIT

"$script_dir/start-ralph.sh" "$port" "$datadir"
base="http://127.0.0.1:$port"
body="$datadir/body.json"
passed=0 failed=0

# call METHOD PATH [JSON] -> sets $code, body in $body
call() {
  local args=(-s -u leerlijn:leerlijn-test -H 'X-Experience-API-Version: 1.0.3'
              -X "$1" -o "$body" -w '%{http_code}' --max-time 10)
  [ "$#" -ge 3 ] && args+=(-H 'Content-Type: application/json' --data "$3")
  code="$(curl "${args[@]}" "$base$2")"
}
# check NAME EXPECTED ACTUAL
check() {
  if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "ok   $1"
  else failed=$((failed + 1)); echo "FAIL $1: expected '$2', got '$3'"; fi
}

stmt() { # ID VERB ACTIVITY
  printf '{"id":"%s","actor":{"objectType":"Agent","mbox":"mailto:anna@example.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/%s"},"object":{"objectType":"Activity","id":"https://leerlijn.example.org/activities/%s"},"timestamp":"2025-01-10T09:00:00Z"}' "$1" "$2" "$3"
}
A=11111111-1111-4111-8111-111111111111
B=22222222-2222-4222-8222-222222222222
C=33333333-3333-4333-8333-333333333333
V=0f0f0f0f-0000-4000-8000-000000000001

call POST /xAPI/statements "[$(stmt $A completed les-1),$(stmt $B attempted les-2)]"
check "first POST -> 200" 200 "$code"
check "first POST body = ids" "[\"$A\",\"$B\"]" "$(jq -c . "$body")"
call POST /xAPI/statements "[$(stmt $C passed les-3)]"
check "second POST (append mode) -> 200" 200 "$code"
call POST /xAPI/statements "[$(stmt $A completed les-1)]"
check "identical re-POST -> 204" 204 "$code"
check "identical re-POST body empty" "" "$(cat "$body")"
call POST /xAPI/statements "[$(stmt $A failed les-1)]"
check "conflicting re-POST -> 409" 409 "$code"
call POST /xAPI/statements "[$(stmt $A completed les-1 | jq -c '.timestamp="2025-01-10T09:00:00+00:00"')]"
check "same instant, other timestamp spelling -> 409" 409 "$code"
call POST /xAPI/statements/ "[$(stmt $C passed les-3)]"
check "trailing-slash path accepted (identical -> 204)" 204 "$code"
call GET "/xAPI/statements?statementId=$A"
check "GET statementId -> 200" 200 "$code"
check "GET statementId -> StatementResult with 1 statement" "$A" "$(jq -r '.statements | map(.id) | join(",")' "$body")"
check "stored statement has stored+authority" "true" "$(jq '.statements[0] | has("stored") and has("authority")' "$body")"
call GET "/xAPI/statements?limit=2"
check "list limit=2 -> 2 statements, oldest first" "$A,$B" "$(jq -r '.statements | map(.id) | join(",")' "$body")"
more="$(jq -r '.more // ""' "$body")"
check "more is a relative path" "/xAPI/statements?limit=2&pit_id=None&search_after=$B" "$more"
call GET "$more"
check "following more -> next page" "$C" "$(jq -r '.statements | map(.id) | join(",")' "$body")"
check "last page has no more" "null" "$(jq -c '.more' "$body")"
call POST /xAPI/statements "[{\"id\":\"$V\",\"actor\":{\"mbox\":\"mailto:leerlijn@example.org\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\"$B\"},\"timestamp\":\"2025-01-15T09:00:00Z\"}]"
check "voiding POST -> 200" 200 "$code"
call GET "/xAPI/statements?statementId=$B"
check "voided statement still returned by statementId (voiding not implemented)" "$B" "$(jq -r '.statements | map(.id) | join(",")' "$body")"
call GET "/xAPI/statements?voidedStatementId=$B"
check "voidedStatementId is ignored (returns the whole list)" 4 "$(jq '.statements | length' "$body")"
call GET "/xAPI/statements?verb=http://adlnet.gov/expapi/verbs/completed"
check "verb filter matches nothing on the fs backend" 0 "$(jq '.statements | length' "$body")"

echo "Ralph smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
