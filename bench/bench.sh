#!/usr/bin/env bash
# The page benchmark of issue 15 §4: starts ANTT's jar with a pinned heap on a database, logs in as bcd, warms each
# page up, drives wrk over the main pages and prints req/s, p50/p95/p99, errors and the CPU time per request of the
# app (cpu-ms) and of its embedded PostgreSQL (db-ms),
# then the heap after the run and the database's size.
#   bench/bench.sh [db-dir|demo] [seconds]           e.g. bench/bench.sh data/bench-national 15
# demo (the default) starts on a fresh database with the demo data only; a db-dir is one filled by bench/generate.sh.
# Environment: ROUNDS (default 1) runs the page list that many times; OTHER_URL with OTHER_PAGES ("/owners?lastName=
# /owners/1 /vets.html") also drives a second app, already running, over its pages in the same rounds (side by side),
# with OTHER_PID for its CPU time; PAGES replaces the page list; WARMUP (s, default 5); CONNECTIONS (default 16);
# COUNTRY=1 also times the queries behind a year-end report of the whole country (bench/country.sql).
# Needs java 17, wrk, curl, psql, jcmd; the jar is built (./mvnw -o package -DskipTests) if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-demo}
seconds=${2:-15}
rounds=${ROUNDS:-1}
warmup=${WARMUP:-5}
connections=${CONNECTIONS:-16}
http_port=${ANTT_HTTP_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')}
db_port=${ANTT_DB_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')}
work=$(mktemp -d /tmp/antt-bench.XXXXXX)
if [ "$db" = demo ]; then dir=$work/pg; else dir=$db; fi

jar=$(ls target/antt-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
    ./mvnw -q -o -B package -DskipTests
    jar=$(ls target/antt-*.jar | grep -v original | head -1)
fi
touch "$work/app.log"
java -Xms768m -Xmx768m -jar "$jar" --antt.embedded-db.directory="$dir" --antt.embedded-db.port=$db_port \
    --server.port=$http_port > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
until grep -q "ANTT is ready" "$work/app.log"; do
    kill -0 $app 2>/dev/null || { cat "$work/app.log"; exit 1; }
    sleep 1
done
base=http://localhost:$http_port

# log in as bcd; the session cookie serves every request
jar_file=$work/cookies
csrf=$(curl -s -c "$jar_file" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$jar_file" -c "$jar_file" -o /dev/null -d "username=${ANTT_USER:-bcd}" \
    --data-urlencode "password=${ANTT_PASSWORD:-antt-demo-2022}" --data-urlencode "_csrf=$csrf" "$base/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar_file")
[ -n "$session" ] || { echo "login failed" >&2; exit 1; }
cookie="Cookie: JSESSIONID=$session"
first_id() { curl -s -H "$cookie" "$base$1" | grep -o "href=\"$2/[0-9]*\"" | head -1 | grep -o '[0-9]*'; }
organization=$(first_id /organizations /organizations)
dossier=$(first_id "/dossiers?year=2022" /dossiers)

read -r -a pages <<< "${PAGES:-/?year=2022 /organizations /organizations?q=tr%C6%B0%E1%BB%9Dng /organizations/$organization /models \
/models?status=ACTIVE&activeIn=2022&sort=-founded /communes/22567 /dossiers/$dossier /dossiers?year=2023 \
/reports/year-end?year=2022 /reports/year-end.pdf?year=2022 /reports/year-end.xlsx?year=2022}"
read -r -a other_pages <<< "${OTHER_PAGES:-}"

cpu_ticks() { [ -n "$1" ] && awk '{ print $14 + $15 }' "/proc/$1/stat" || echo 0; }
# the embedded PostgreSQL's CPU: its postmaster and the backends (the pool keeps them for the whole run)
postmaster=$(pgrep -f -- "postgres -D $dir" | head -1 || true)
db_ticks() {
    [ -n "$postmaster" ] || { echo 0; return; }
    local pids
    pids="$postmaster $(ps -o pid= --ppid "$postmaster" | tr '\n' ' ')"
    # a backend may end between the listing and the reading: counted as nothing, never an error (set -e, pipefail)
    for p in $pids; do awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || true; done | awk '{ t += $1 } END { print t + 0 }'
}
hz=$(getconf CLK_TCK)

# one page: warm-up, then the measured run; prints its line
measure() {  # name url pid [cookie header]
    local name=$1 url=$2 pid=$3 header=${4:-X-Bench: 1}
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "$header" "$url")
    [ "$code" = 200 ] || { echo "$name answered $code" >&2; exit 1; }
    wrk -t2 -c"$connections" -d"${warmup}s" --timeout 10s -H "$header" "$url" > /dev/null
    local before after line db_before db_after
    before=$(cpu_ticks "$pid")
    db_before=$(db_ticks)
    line=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s bench/latency.lua -H "$header" "$url" | grep '^RESULT')
    after=$(cpu_ticks "$pid")
    db_after=$(db_ticks)
    read -r _ requests rps p50 p95 p99 max errors <<< "$line"
    local cpu db
    [ "$pid" = "$app" ] && db=$(awk -v t=$((db_after - db_before)) -v n="$requests" -v hz="$hz" \
        'BEGIN { if (n == 0) print "-"; else printf "%.1f", t * 1000 / hz / n }') || db=-
    cpu=$(awk -v t=$((after - before)) -v n="$requests" -v hz="$hz" -v p="$pid" \
        'BEGIN { if (p == "" || n == 0) print "-"; else printf "%.1f", t * 1000 / hz / n }')
    printf '%-52s %8s %8.1f %8.1f %8.1f %7s %8s %8s %6s\n' "$name" "$rps" "$(ms "$p50")" "$(ms "$p95")" \
        "$(ms "$p99")" "$errors" "$cpu" "$db" "$(cut -d' ' -f1 /proc/loadavg)"
}
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }

echo "ANTT $(git rev-parse --short HEAD) on $db; $(nproc) cores; wrk -t2 -c$connections, ${warmup}s warm-up, ${seconds}s a page"
for round in $(seq 1 "$rounds"); do
    echo "round $round"
    printf '%-52s %8s %8s %8s %8s %7s %8s %8s %6s\n' page req/s p50-ms p95-ms p99-ms errors cpu-ms db-ms load
    for page in "${pages[@]}"; do
        measure "$page" "$base$page" $app "$cookie"
    done
    for page in "${other_pages[@]}"; do
        measure "other $page" "$OTHER_URL$page" "${OTHER_PID:-}"
    done
done

# the year-end report alone, one request at a time (the issue's "HTML ≤ 300 ms, PDF ≤ 1 s" is of one report)
echo "one request at a time (5 after 2 warm-up; median and best, ms):"
for page in "/reports/year-end?year=2022" "/reports/year-end.pdf?year=2022" "/reports/year-end.xlsx?year=2022"; do
    times=$(for i in 1 2 3 4 5 6 7; do
        curl -s -o /dev/null -w '%{time_total}\n' -H "$cookie" "$base$page"; done | tail -5 | sort -n)
    printf '%-52s median %7.1f  best %7.1f  load %s\n' "$page" "$(sed -n 3p <<< "$times" | awk '{ print $1 * 1000 }')" \
        "$(head -1 <<< "$times" | awk '{ print $1 * 1000 }')" "$(cut -d' ' -f1 /proc/loadavg)"
done

echo "heap after the run (jcmd GC.heap_info):"
jcmd $app GC.heap_info | sed -n '2,4p'
echo "database: $(psql -X -A -t -h localhost -p $db_port -U postgres -d postgres \
    -c "select pg_size_pretty(pg_database_size('postgres')) || ', ' || (select count(*) from commune) || ' communes, ' \
        || (select count(*) from organization) || ' organizations, ' || (select count(*) from dossier) || ' dossiers'")"
if [ -n "${COUNTRY:-}" ]; then
    echo "the queries behind a year-end report of the whole country (bench/country.sql):"
    psql -X -h localhost -p $db_port -U postgres -d postgres -f bench/country.sql | grep -E '^(---|Time)'
fi
