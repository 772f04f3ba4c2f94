#!/usr/bin/env bash
# Loads national-scale data (10,000 communes, 100,000 khu dân cư, 300,000 organizations, 150,000 models) into a
# scratch embedded database of ANTT and prints the plans and times of the queries behind the lists and counters.
# Usage: bench/run.sh   (needs psql; takes a few minutes; leaves nothing behind)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d /tmp/antt-bench.XXXXXX)
port=54329
./mvnw -q -B spring-boot:run -Dspring-boot.run.arguments="--antt.embedded-db.directory=$dir/pg --antt.embedded-db.port=$port --server.port=0 --antt.demo-data=false" > "$dir/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$dir"' EXIT
until grep -q "ANTT is ready" "$dir/app.log"; do
    kill -0 $app 2>/dev/null || { cat "$dir/app.log"; exit 1; }
    sleep 2
done
psql -X -h localhost -p $port -U postgres -d postgres -f bench/scale.sql
