#!/usr/bin/env bash
# Drives wrk over the main pages of a running ANTT, logged in as bcd, and prints req/s and latency percentiles.
# Usage: bench/pages.sh [base-url] [seconds]   e.g. bench/pages.sh http://localhost:8080 15
# The app must run with the demo data (start it with a pinned heap, e.g. java -Xms768m -Xmx768m -jar target/antt-*.jar).
# Needs curl and wrk (Debian: apt-get install wrk). Pages are warmed up for 5 s each before the measured run.
# With ANTT_PID set to the app's process id, also prints the app's CPU time per request (user + system), a figure that
# stays comparable when other work shares the machine.
set -euo pipefail
base=${1:-http://localhost:8080}
seconds=${2:-15}
user=${ANTT_USER:-bcd}
password=${ANTT_PASSWORD:-antt-demo-2022}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

csrf=$(curl -s -c "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=$user" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$csrf" "$base/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
[ -n "$session" ] || { echo "login failed" >&2; exit 1; }

first_id() { curl -s -b "JSESSIONID=$session" "$base$1" | grep -o "href=\"$2/[0-9]*\"" | head -1 | grep -o '[0-9]*'; }
organization=$(first_id /organizations /organizations)

pages=(/organizations "/organizations/$organization" "/?year=2022" /models "/dossiers?year=2023")
[ $# -ge 3 ] && pages=("${@:3}")

cpu_ticks() { [ -n "${ANTT_PID:-}" ] && awk '{ print $14 + $15 }' "/proc/$ANTT_PID/stat" || echo 0; }
ticks_per_second=$(getconf CLK_TCK)

printf '%-28s %8s %8s %8s %8s %8s %10s\n' page req/s p50 p90 p99 non-2xx cpu-ms/req
for page in "${pages[@]}"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$session" "$base$page")
    [ "$code" = 200 ] || { echo "$page answered $code" >&2; exit 1; }
    wrk -t2 -c16 -d5s -H "Cookie: JSESSIONID=$session" "$base$page" > /dev/null
    before=$(cpu_ticks)
    out=$(wrk -t2 -c16 -d"${seconds}s" --latency -H "Cookie: JSESSIONID=$session" "$base$page")
    after=$(cpu_ticks)
    requests=$(awk '/requests in/ { print $1 }' <<< "$out")
    cpu=$(awk -v t=$((after - before)) -v n="$requests" -v hz="$ticks_per_second" \
        'BEGIN { printf "%.1f", (n > 0 ? t * 1000 / hz / n : 0) }')
    rps=$(awk '/Requests\/sec/ { print $2 }' <<< "$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<< "$out")
    p90=$(awk '$1 == "90%" { print $2 }' <<< "$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<< "$out")
    errors=$(awk '/Non-2xx/ { print $5 }' <<< "$out")
    printf '%-28s %8s %8s %8s %8s %8s %10s\n' "$page" "$rps" "$p50" "$p90" "$p99" "${errors:-0}" "$cpu"
done
