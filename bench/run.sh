#!/usr/bin/env bash
# Load benchmark: registers violations and quotes fees at 16 and 64 connections, on the embedded H2 build and on
# the PostgreSQL build, and measures PostgreSQL's own single-row insert rate with pgbench as the ceiling.
# Everything runs on loopback with bounded durations. Results are appended to bench/RESULTS.md.
#
#   bench/run.sh            both databases
#   bench/run.sh h2         only H2
#   bench/run.sh postgres   only PostgreSQL
#
# Needs: wrk, curl, and for PostgreSQL a server on 127.0.0.1:5432 with trust auth (pgbench, psql).
set -euo pipefail
cd "$(dirname "$0")/.."

WHICH=${1:-all}
DURATION=${DURATION:-20s}
PORT=${PORT:-18080}
WORK=$(mktemp -d /tmp/clearway-bench.XXXXXX)
ADMIN_PASSWORD=bench-admin-password
USER_PASSWORD=bench-user-password
BASE=http://127.0.0.1:$PORT/api/v1
RESULTS=bench/RESULTS.md
. bench/service.sh

load() { # load <label> <connections> <script> <user> [extra wrk args]: one bounded wrk run, summarised as a table row
  local label=$1 connections=$2 script=$3 user=$4
  local out="$WORK/wrk-$label-$connections.txt"
  IMPOUNDS_FILE="$WORK/impounds" wrk -t2 -c"$connections" -d"$DURATION" --latency -s "bench/$script" \
    -H "$(auth "$user")" -H 'Content-Type: application/json' "http://127.0.0.1:$PORT" > "$out"
  local rps p50 p90 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$out")
  p50=$(awk '$1=="50%" {print $2}' "$out"); p90=$(awk '$1=="90%" {print $2}' "$out"); p99=$(awk '$1=="99%" {print $2}' "$out")
  errors=$(awk '/Non-2xx/ {print $5}' "$out"); errors=${errors:-0}
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$DB_LABEL" "$label" "$connections" "$rps" "$p50" "$p90 / $p99" "$errors" >> "$WORK/table"
  echo "$DB_LABEL $label c=$connections: $rps req/s, p50 $p50, p90 $p90, p99 $p99, non-2xx $errors"
}

scenario() { # the same four runs on whichever database is up, after a warm-up (the JIT needs ~30 s on 2 cores)
  IMPOUNDS_FILE="$WORK/impounds" wrk -t2 -c16 -d30s -s bench/register.lua -H "$(auth bench-inspector)" \
    -H 'Content-Type: application/json' "http://127.0.0.1:$PORT" > /dev/null
  IMPOUNDS_FILE="$WORK/impounds" wrk -t2 -c16 -d15s -s bench/quote.lua -H "$(auth bench-clerk)" "http://127.0.0.1:$PORT" > /dev/null
  for connections in 16 64; do
    load register "$connections" register.lua bench-inspector
    load quote "$connections" quote.lua bench-clerk
  done
}

ceiling() { # pgbench: single-row inserts of a violation-sized row, one per transaction
  psql -q -h 127.0.0.1 -U postgres -d clearway_bench -c 'DROP TABLE IF EXISTS bench_violation; DROP SEQUENCE IF EXISTS bench_ticket;
    CREATE SEQUENCE bench_ticket; CREATE TABLE bench_violation (id uuid PRIMARY KEY, ticket_number varchar(30) UNIQUE NOT NULL,
    plate varchar(20) NOT NULL, vehicle_class varchar(20) NOT NULL, violation_type varchar(40) NOT NULL, district_code varchar(16) NOT NULL,
    lat double precision NOT NULL, lon double precision NOT NULL, address varchar(500), observed_at timestamptz NOT NULL,
    status varchar(20) NOT NULL, registered_at timestamptz NOT NULL, inspector varchar(50) NOT NULL, fine_amount bigint NOT NULL);
    CREATE INDEX ON bench_violation (plate, registered_at);'
  for connections in 16 64; do
    local tps
    tps=$(pgbench -n -h 127.0.0.1 -U postgres -c "$connections" -j 2 -T "${DURATION%s}" -f bench/pgbench-insert.sql clearway_bench \
      | awk '/^tps/ {print $3; exit}')
    printf '| PostgreSQL | pgbench single-row insert | %s | %s | | | |\n' "$connections" "$tps" >> "$WORK/table"
    echo "pgbench c=$connections: $tps tps"
    eval "PGBENCH_$connections=$tps"
  done
}

: > "$WORK/table"
if [ "$WHICH" = all ] || [ "$WHICH" = h2 ]; then
  build h2
  DB_LABEL=H2; start h2; seed; scenario; stop
fi
if [ "$WHICH" = all ] || [ "$WHICH" = postgres ]; then
  build postgres -Ppostgres
  psql -q -h 127.0.0.1 -U postgres -d postgres -c 'DROP DATABASE IF EXISTS clearway_bench' -c 'CREATE DATABASE clearway_bench'
  DB_LABEL=PostgreSQL; start postgres CLEARWAY_DB_URL=jdbc:postgresql://127.0.0.1:5432/clearway_bench; seed; scenario; stop
  ceiling
fi

{
  echo
  echo "## Run of $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB;" \
       "$(java -version 2>&1 | head -1); PostgreSQL $(psql -V | awk '{print $3}'); wrk and the service on the same machine, loopback;" \
       "each run ${DURATION} after a warm-up of 30 s (registration) and 15 s (quotes)."
  echo
  echo "| database | what | connections | requests/s | p50 | p90 / p99 | non-2xx |"
  echo "|---|---|---|---|---|---|---|"
  cat "$WORK/table"
} >> "$RESULTS"
echo "Appended to $RESULTS (work files in $WORK)"
