#!/usr/bin/env bash
# Benchmark: how long headless Chromium takes to load and print (to PDF) the portfolio of a person with
# 2,000 activities, next to a baseline: a static page of the same byte size holding one plain table.
#
# Issue 7 asks that the portfolio of a person with 2,000 activities renders in under 2 seconds in Chromium.
# Each figure is the median wall-clock time of whole Chromium runs (start, load, style and layout of the page
# with its SVG charts, then either a screenshot of the first screen ("render") or printing every page to an
# A4 PDF ("print")). The baseline is a page of the same byte size with one plain table and no CSS or SVG; the
# blank page shows Chromium's own start-up cost, which is part of every figure.
#
# Usage: scripts/bench/portfolio-render.sh [ACTIVITIES] [RUNS]        (defaults 2000 and 5)
# Needs: a built leerlijn (swift build; or LEERLIJN_BIN=path), chromium, python3. Writes only to a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
activities="${1:-2000}"
runs="${2:-5}"
bin="${LEERLIJN_BIN:-.build/debug/leerlijn}"
chromium="$(command -v chromium || command -v chromium-browser || true)"
[ -x "$bin" ] || { echo "build leerlijn first (swift build), or set LEERLIJN_BIN" >&2; exit 1; }
[ -n "$chromium" ] || { echo "chromium is not installed (apt-get install chromium)" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/leerlijn-bench-portfolio.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export LEERLIJN_DB="$work/leerlijn.sqlite" LEERLIJN_TODAY=2026-11-23 LEERLIJN_ACTOR=bench LANG=C.UTF-8
ll() { "$bin" "$@" >/dev/null; }

# A starter with a mentor who signs off some activities.
ll init
ll org add-board "Stichting Eemvallei" --code eemvallei
ll org add-school "OBS De Regenboog" --code 12AB --board eemvallei
ll person add "Sanne de Vries" --external-id 100234 --school 12AB --since 1-8-2020
ll person add "Marieke Mulder" --external-id 100201 --school 12AB --since 1-8-2020
ll phase set 100234 starter --since 1-8-2020
ll employment add 100234 --since 1-8-2020 --fte 0,8 --school 12AB
ll role add 100201 mentor --since 1-8-2020

# 2,000 activities over six school years, with competences, domains, budgets, reflections and sign-offs.
python3 - "$activities" > "$work/activities.csv" <<'PY'
import sys, datetime, random
random.seed(7)
n = int(sys.argv[1])
kinds = [("intervisie", "Intervisie klassenmanagement"), ("lesbezoek", "Lesbezoek rekenen groep 5"), ("cursus", "Cursus formatief handelen"),
         ("coaching", "Coaching op differentiëren"), ("zelfstudie", "Lezen over feedback"), ("plg", "PLG begrijpend lezen")]
competences = ["bekwaamheidseisen-2017-po:pedagogisch", "bekwaamheidseisen-2017-po:vakdidactisch-a", "bekwaamheidseisen-2017-po:vakinhoudelijk-f"]
domains = ["domeinen-beroepsbeeld:primair-proces", "domeinen-beroepsbeeld:onderwijsontwikkeling"]
print("external_id;date;duration;kind;title;competences;domains;budget;verified_by;reflection")
start = datetime.date(2020, 8, 3)
for i in range(n):
    day = start + datetime.timedelta(days=i * 2200 // n)
    kind, title = random.choice(kinds)
    reflection = "Ik wil mijn instructie korter maken; volgende keer werk ik met een timer en geef ik meer denktijd." if i % 3 == 0 else ""
    print(f"100234;{day.isoformat()};{random.choice([45, 60, 90, 120])};{kind};{title} {i + 1};{random.choice(competences)};{random.choice(domains)};"
          f"{'cao-po-starter' if i % 2 == 0 else ''};{'100201' if i % 4 == 0 else ''};{reflection}")
PY
ll import activities "$work/activities.csv"

t0=$(date +%s.%N)
"$bin" portfolio 100234 --html "$work/portfolio.html" >/dev/null
t1=$(date +%s.%N)
bytes=$(wc -c < "$work/portfolio.html")

# The baseline: the same number of bytes as one plain table, no CSS, no SVG.
python3 - "$bytes" > "$work/baseline.html" <<'PY'
import sys
target = int(sys.argv[1])
head = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Baseline</title></head><body><table>"
rows, i, size = [], 0, len(head) + 30
while size < target:
    row = f"<tr><td>{i}</td><td>Activiteit {i}</td><td>2026-10-03</td><td>90 minuten</td><td>Een regel tekst als reflectie bij de activiteit.</td></tr>"
    rows.append(row); size += len(row); i += 1
print(head + "".join(rows) + "</table></body></html>")
PY

measure() {  # prints the median wall-clock seconds of $runs Chromium runs on page $1: mode "print" (PDF) or "render" (screenshot)
  local page="$1" mode="$2" times=() out
  out="$work/out.$([ "$mode" = print ] && echo pdf || echo png)"
  for _ in $(seq "$runs"); do
    local profile; profile="$(mktemp -d "$work/profile.XXXXXX")"
    local s e
    s=$(date +%s.%N)
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --user-data-dir="$profile" --no-first-run \
      --disable-background-networking --disable-component-update --proxy-server=127.0.0.1:9 --host-resolver-rules="MAP * ~NOTFOUND" \
      $([ "$mode" = print ] && echo "--no-pdf-header-footer --print-to-pdf=$out" || echo "--window-size=1280,1024 --screenshot=$out") \
      "file://$page" >/dev/null 2>&1
    e=$(date +%s.%N)
    [ -s "$out" ] || { echo "chromium wrote nothing for $page" >&2; exit 1; }
    times+=("$(python3 -c "print(f'{$e - $s:.2f}')")")
    rm -f "$out"
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] " (runs: " NR ")"}'
}

pages() { python3 -c "import re,sys; d=open(sys.argv[1],'rb').read(); print(len(re.findall(rb'/Type\s*/Page[^s]', d)))" "$1"; }
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --user-data-dir="$work/p0" --no-pdf-header-footer --print-to-pdf="$work/check.pdf" \
  "file://$work/portfolio.html" >/dev/null 2>&1

echo "activities:                 $activities"
echo "portfolio page:             $bytes bytes, $(grep -o '<svg ' "$work/portfolio.html" | wc -l) SVG charts, $(pages "$work/check.pdf") A4 pages printed"
echo "leerlijn portfolio --html:  $(python3 -c "print(f'{$t1 - $t0:.2f}')") s (query + HTML, $(basename "$bin"))"
echo "chromium load + render (screenshot), portfolio:  $(measure "$work/portfolio.html" render) s  (median)"
echo "chromium load + render (screenshot), baseline:   $(measure "$work/baseline.html" render) s  (median; same size, one plain table)"
echo "chromium load + print (PDF), portfolio:          $(measure "$work/portfolio.html" print) s  (median)"
echo "chromium load + print (PDF), baseline:           $(measure "$work/baseline.html" print) s  (median)"
printf '<!DOCTYPE html><p>x</p>' > "$work/blank.html"
echo "chromium start + blank page (screenshot):        $(measure "$work/blank.html" render) s  (median)"
