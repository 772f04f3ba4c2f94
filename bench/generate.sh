#!/usr/bin/env bash
# Fills a new database of ANTT at a chosen scale, around the demo district and its users (issue 15 §3):
#   bench/generate.sh district|province|national [db-dir]
# district: 30 more communes (one more district), province: 160, national: 10,000 communes with 100,000 khu dân cư,
# 300,000 organizations, 150,000 models and ten years of dossiers with their history, documents' metadata and
# decisions (bench/generate.sql). db-dir (default data/bench-<scale>) must not exist yet; afterwards the app serves it:
#   java -Xms768m -Xmx768m -jar target/antt-*.jar --antt.embedded-db.directory=<db-dir> --antt.embedded-db.port=<free port>
# Needs psql (Debian: postgresql-client) and the app's jar (built here with ./mvnw -o package -DskipTests if missing).
# Prints the wall time of the load itself (the app's start, which creates the schema and the demo data, apart).
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
    district) communes=30 ;;
    province) communes=160 ;;
    national) communes=10000 ;;
    *) echo "usage: bench/generate.sh district|province|national [db-dir]" >&2; exit 2 ;;
esac
dir=${2:-data/bench-$1}
port=${ANTT_DB_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')}
[ -e "$dir" ] && { echo "$dir exists already: give a new directory" >&2; exit 1; }
jar=$(ls target/antt-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
    ./mvnw -q -o -B package -DskipTests
    jar=$(ls target/antt-*.jar | grep -v original | head -1)
fi
mkdir -p "$(dirname "$dir")"
log="$dir.log"
java -Xmx512m -jar "$jar" --antt.embedded-db.directory="$dir" --antt.embedded-db.port=$port --server.port=0 \
    --antt.demo-data=true > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until grep -q "ANTT is ready" "$log"; do
    kill -0 $app 2>/dev/null || { cat "$log"; exit 1; }
    sleep 2
done
started=$(date +%s)
psql -X -h localhost -p $port -U postgres -d postgres -v communes=$communes -f bench/generate.sql
echo "bench/generate.sh $1: loaded in $(( $(date +%s) - started )) s (load average $(cut -d' ' -f1-3 /proc/loadavg)) into $dir"
