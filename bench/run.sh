#!/usr/bin/env bash
# Load benchmark, on the embedded H2 build and on the PostgreSQL build of the service, each beside a bare Quarkus
# application with the same extensions (bench/bare: one table, an insert and a read by id) as the yardstick:
#   * registration (POST /api/v1/violations) and fee quotes (GET /api/v1/impounds/{id}/fees) with wrk at 16 and 64
#     connections after a warm-up; the bare application's insert and read the same way
#   * PostgreSQL's own ceilings with pgbench at 16 and 64 connections: single-row inserts of a violation-sized row
#     (bench/pgbench-insert.sql) for registration, and the standard select-only run (pgbench -S on its own database,
#     initialised at scale PG_SCALE) for quotes
#   * start-up to ready: from launching java -jar to the first 200 of /q/health/ready (polled every 50 ms), on a fresh
#     directory and an empty database (Flyway migrates from nothing), then again on the database that start migrated (as
#     a replica added to a running deployment starts); the median of STARTS rounds in which the applications take turns
#   * resident memory (VmRSS): just after ready (the median over the starts), and after the load
# Both applications run with the same JVM flags (JVM_FLAGS, -Xmx2g by default), written into the results with the
# ratios the performance targets name, each marked met or not met (the pgbench ones on PostgreSQL only).
# Everything runs on loopback with bounded durations. Results are appended to bench/RESULTS.md.
#
#   bench/run.sh            both databases
#   bench/run.sh h2         only H2
#   bench/run.sh postgres   only PostgreSQL
#   DURATION=5s WARMUP=5s WARMUP_READ=5s STARTS=1 bench/run.sh h2      a quick try
#
# Needs: wrk, curl, and for PostgreSQL a server on 127.0.0.1:5432 with trust auth (pgbench, psql).
set -euo pipefail
cd "$(dirname "$0")/.."

WHICH=${1:-all}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-30s}           # before the writes: the JIT needs ~30 s on 2 cores
WARMUP_READ=${WARMUP_READ:-15s} # then before the reads
STARTS=${STARTS:-5}
PG_SCALE=${PG_SCALE:-10}
PORT=${PORT:-18080}
WORK=$(mktemp -d /tmp/clearway-bench.XXXXXX)
ADMIN_PASSWORD=bench-admin-password
USER_PASSWORD=bench-user-password
BASE=http://127.0.0.1:$PORT/api/v1
RESULTS=bench/RESULTS.md
export PGOPTIONS='-c client_min_messages=warning'
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
. bench/service.sh

declare -A RPS P99 CEILING STARTUP STARTUP_MIGRATED RSS_IDLE RSS_LOADED STARTS_SEEN

seed_bare() { # 200 rows in the bare application, their ids for the reads
  : > "$WORK/items"
  for i in $(seq 1 200); do
    curl -sf -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/items" -d '{"plate":"'$((10 + i % 90))'B'$((100 + i))'-15"}' \
      | sed -n 's/^{"id":"\([^"]*\)".*/\1/p' >> "$WORK/items"
    echo >> "$WORK/items"
  done
}

wrk_run() { # wrk_run <duration> <connections> <script> [user]: wrk on the started application, as the user if one is named
  local headers=(-H 'Content-Type: application/json')
  [ -z "${4:-}" ] || headers+=(-H "$(auth "$4")")
  IMPOUNDS_FILE="$WORK/impounds" ITEMS_FILE="$WORK/items" wrk -t2 -c"$2" -d"$1" --latency -s "bench/$3" "${headers[@]}" \
    "http://127.0.0.1:$PORT"
}

ms() { # ms <wrk latency>: 850.00us, 12.5ms, 1.20s or 1.00m in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) ; else if (v ~ /s$/) n *= 1000;
    else if (v ~ /m$/) n *= 60000; print n }'
}

load() { # load <label> <connections> <script> [user]: one bounded wrk run, summarised as a table row
  local label=$1 connections=$2
  local out="$WORK/wrk-$DB_LABEL-$label-$connections.txt"
  wrk_run "$DURATION" "$connections" "$3" "${4:-}" > "$out"
  local rps p50 p90 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$out")
  p50=$(awk '$1=="50%" {print $2}' "$out"); p90=$(awk '$1=="90%" {print $2}' "$out"); p99=$(awk '$1=="99%" {print $2}' "$out")
  errors=$(awk '/Non-2xx/ {print $5}' "$out"); errors=${errors:-0}
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$DB_LABEL" "$label" "$connections" "$rps" "$p50" "$p90 / $p99" "$errors" >> "$WORK/table"
  RPS[$DB_LABEL $label $connections]=$rps; P99[$DB_LABEL $label $connections]=$(ms "$p99")
  echo "$DB_LABEL $label c=$connections: $rps req/s, p50 $p50, p90 $p90, p99 $p99, non-2xx $errors"
}

scenario() { # the same four runs on whichever database is up, after a warm-up
  wrk_run "$WARMUP" 16 register.lua bench-inspector > /dev/null
  wrk_run "$WARMUP_READ" 16 quote.lua bench-clerk > /dev/null
  for connections in 16 64; do
    load register "$connections" register.lua bench-inspector
    load quote "$connections" quote.lua bench-clerk
  done
}

scenario_bare() { # the bare application's insert and read, as the service's registration and quotes
  wrk_run "$WARMUP" 16 bare-insert.lua > /dev/null
  wrk_run "$WARMUP_READ" 16 bare-read.lua > /dev/null
  for connections in 16 64; do
    load "bare insert" "$connections" bare-insert.lua
    load "bare read" "$connections" bare-read.lua
  done
}

fresh_db() { # fresh_db <database>: dropped and created empty
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
}

db_env() { # db_env <variable> <database>: the setting pointing an application at the database, if this run has one
  [ "$DB_LABEL" = PostgreSQL ] && echo "$1=jdbc:postgresql://127.0.0.1:5432/$2"
  return 0
}

startups() { # startups <service app> <bare app> <service's database> <bare's database>: STARTS rounds, the two
  # applications taking turns; each starts on a fresh directory and an empty database, then once more on what that start
  # left (the schema migrated, the first administrator made: how a replica added to a running deployment starts)
  local i who app variable database
  local -A empty migrated rss
  for i in $(seq 1 "$STARTS"); do
    for who in service bare; do
      if [ "$who" = service ]; then app=$1 variable=CLEARWAY_DB_URL database=${3:-}; else app=$2 variable=BARE_DB_URL database=${4:-}; fi
      [ "$DB_LABEL" = PostgreSQL ] && fresh_db "$database"
      start "$app" $(db_env "$variable" "$database")
      empty[$who]+=" $READY_MS"; rss[$who]+=" $(( $(rss_kb VmRSS) / 1024 ))"
      stop
      start "$app" $(db_env "$variable" "$database")
      migrated[$who]+=" $READY_MS"
      stop
      mv "$WORK/$app-run" "$WORK/$app-start-$i"
    done
  done
  for who in service bare; do
    # shellcheck disable=SC2086 # the lists are numbers separated by spaces
    STARTUP[$DB_LABEL $who]=$(median ${empty[$who]}); STARTUP_MIGRATED[$DB_LABEL $who]=$(median ${migrated[$who]})
    # shellcheck disable=SC2086
    RSS_IDLE[$DB_LABEL $who]=$(median ${rss[$who]})
    STARTS_SEEN[$DB_LABEL $who]="$(slashed ${empty[$who]}) ms; $(slashed ${migrated[$who]}) ms; $(slashed ${rss[$who]}) MB"
    echo "$DB_LABEL $who start-up to ready:${empty[$who]} ms (empty database),${migrated[$who]} ms (migrated); RSS just after ready${rss[$who]} MB"
  done
}

slashed() { local IFS=/; echo "$*"; } # slashed <number>...: 1/2/3

measure() { # measure <service app> <bare app> <service's database> <bare's database>: everything on one database kind
  startups "$@"
  [ "$DB_LABEL" = PostgreSQL ] && fresh_db "$3"
  start "$1" $(db_env CLEARWAY_DB_URL "${3:-}"); seed; scenario
  RSS_LOADED[$DB_LABEL service]=$(( $(rss_kb VmRSS) / 1024 )); stop
  [ "$DB_LABEL" = PostgreSQL ] && fresh_db "$4"
  start "$2" $(db_env BARE_DB_URL "${4:-}"); seed_bare; scenario_bare
  RSS_LOADED[$DB_LABEL bare]=$(( $(rss_kb VmRSS) / 1024 )); stop
  local who
  for who in service bare; do
    printf '| %s | %s | %s ms | %s ms | %s MB | %s | %s MB |\n' "$DB_LABEL" "$who" "${STARTUP[$DB_LABEL $who]}" \
      "${STARTUP_MIGRATED[$DB_LABEL $who]}" "${RSS_IDLE[$DB_LABEL $who]}" "${STARTS_SEEN[$DB_LABEL $who]}" \
      "${RSS_LOADED[$DB_LABEL $who]}" >> "$WORK/table-start"
  done
}

pgbench_tps() { # pgbench_tps <connections> <pgbench args...>: transactions per second, without the connection time
  local connections=$1; shift
  pgbench -n -h 127.0.0.1 -U postgres -c "$connections" -j 2 -T "${DURATION%s}" "$@" | awk '/^tps/ {print $3; exit}'
}

ceiling() { # pgbench: single-row inserts of a violation-sized row, one per transaction; and the standard select-only run
  psql -q -h 127.0.0.1 -U postgres -d clearway_bench -c 'DROP TABLE IF EXISTS bench_violation; DROP SEQUENCE IF EXISTS bench_ticket;
    CREATE SEQUENCE bench_ticket; CREATE TABLE bench_violation (id uuid PRIMARY KEY, ticket_number varchar(30) UNIQUE NOT NULL,
    plate varchar(20) NOT NULL, vehicle_class varchar(20) NOT NULL, violation_type varchar(40) NOT NULL, district_code varchar(16) NOT NULL,
    lat double precision NOT NULL, lon double precision NOT NULL, address varchar(500), observed_at timestamptz NOT NULL,
    status varchar(20) NOT NULL, registered_at timestamptz NOT NULL, inspector varchar(50) NOT NULL, fine_amount bigint NOT NULL);
    CREATE INDEX ON bench_violation (plate, registered_at);'
  fresh_db clearway_pgbench
  pgbench -i -q -s "$PG_SCALE" -h 127.0.0.1 -U postgres clearway_pgbench 2> "$WORK/pgbench-init.txt"
  local connections tps
  for connections in 16 64; do
    tps=$(pgbench_tps "$connections" -f bench/pgbench-insert.sql clearway_bench)
    printf '| PostgreSQL | pgbench single-row insert | %s | %s | | | |\n' "$connections" "$tps" >> "$WORK/table"
    CEILING[insert $connections]=$tps
    echo "pgbench insert c=$connections: $tps tps"
  done
  for connections in 16 64; do
    tps=$(pgbench_tps "$connections" -S clearway_pgbench)
    printf '| PostgreSQL | pgbench select-only (scale %s) | %s | %s | | | |\n' "$PG_SCALE" "$connections" "$tps" >> "$WORK/table"
    CEILING[select $connections]=$tps
    echo "pgbench select-only c=$connections: $tps tps"
  done
}

ratio() { # ratio <what> <value> <unit: % or ms or ×> <≥ or ≤> <target>: one row of the targets' table
  local verdict
  if [ -z "$2" ]; then
    verdict="not measured"
  else
    verdict=$(awk -v v="$2" -v op="$4" -v t="$5" 'BEGIN { print ((op == "≥" ? v >= t : v <= t) ? "met" : "**not met**") }')
  fi
  case $3 in
    %) printf '| %s | %s | %.1f %% | %s %s %% | %s |\n' "$DB_LABEL" "$1" "${2:-0}" "$4" "$5" "$verdict" ;;
    ms) printf '| %s | %s | %.0f ms | %s %s ms | %s |\n' "$DB_LABEL" "$1" "${2:-0}" "$4" "$5" "$verdict" ;;
    *) printf '| %s | %s | %.2f× | %s %s× | %s |\n' "$DB_LABEL" "$1" "${2:-0}" "$4" "$5" "$verdict" ;;
  esac >> "$WORK/table-targets"
}

quotient() { awk -v a="$1" -v b="$2" -v f="${3:-1}" 'BEGIN { if (a != "" && b > 0) printf "%.4f", a / b * f }'; }

targets() { # the ratios the performance targets name, for the database of this part of the run
  if [ "$DB_LABEL" = PostgreSQL ]; then
    ratio "registration@64 / pgbench insert@64" "$(quotient "${RPS[$DB_LABEL register 64]:-}" "${CEILING[insert 64]:-}" 100)" % ≥ 20
  fi
  ratio "register p99 @64" "${P99[$DB_LABEL register 64]:-}" ms ≤ 150
  if [ "$DB_LABEL" = PostgreSQL ]; then
    ratio "quote@64 / pgbench select-only@64" "$(quotient "${RPS[$DB_LABEL quote 64]:-}" "${CEILING[select 64]:-}" 100)" % ≥ 25
  fi
  ratio "quote p99 @64" "${P99[$DB_LABEL quote 64]:-}" ms ≤ 100
  ratio "start-up to ready on an empty database, service / bare" \
    "$(quotient "${STARTUP[$DB_LABEL service]}" "${STARTUP[$DB_LABEL bare]}")" × ≤ 1.5
  ratio "start-up to ready on a migrated database, service / bare" \
    "$(quotient "${STARTUP_MIGRATED[$DB_LABEL service]}" "${STARTUP_MIGRATED[$DB_LABEL bare]}")" × ≤ 1.5
  ratio "RSS after load, service / bare" "$(quotient "${RSS_LOADED[$DB_LABEL service]}" "${RSS_LOADED[$DB_LABEL bare]}")" × ≤ 1.6
}

: > "$WORK/table"; : > "$WORK/table-start"; : > "$WORK/table-targets"
if [ "$WHICH" = all ] || [ "$WHICH" = h2 ]; then
  build h2; build_bare bare-h2
  DB_LABEL=H2; measure h2 bare-h2; targets
fi
if [ "$WHICH" = all ] || [ "$WHICH" = postgres ]; then
  build postgres -Ppostgres; build_bare bare-postgres -Ppostgres
  DB_LABEL=PostgreSQL; measure postgres bare-postgres clearway_bench clearway_bare
  ceiling; targets
fi

{
  echo
  echo "## Run of $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB;" \
       "$(java -version 2>&1 | head -1); PostgreSQL $(psql -V | awk '{print $3}'); wrk and the applications on the same machine, loopback" \
       "(load average $LOAD_BEFORE when the run began, $(cut -d' ' -f1-3 /proc/loadavg) when it ended);" \
       "JVM flags of both the service and the bare application (\`bench/bare\`): \`$JVM_FLAGS\`;" \
       "each run ${DURATION} after a warm-up of $WARMUP (writes) and $WARMUP_READ (reads)."
  echo
  echo "| database | what | connections | requests/s | p50 | p90 / p99 | non-2xx |"
  echo "|---|---|---|---|---|---|---|"
  cat "$WORK/table"
  echo
  echo "Start-up to ready (launch of \`java -jar\` to the first 200 of \`/q/health/ready\`), median of $STARTS rounds in which"
  echo "the two applications took turns: on a fresh directory and an empty database, then again on the database that"
  echo "start migrated; resident memory (VmRSS) just after the first of the two (median) and after the load above:"
  echo
  echo "| database | application | to ready, empty database | to ready, migrated database | RSS just after ready | each round: empty; migrated; RSS | RSS after load |"
  echo "|---|---|---|---|---|---|---|"
  cat "$WORK/table-start"
  echo
  echo "| database | measure | this run | target | |"
  echo "|---|---|---|---|---|"
  cat "$WORK/table-targets"
} >> "$RESULTS"
echo "Appended to $RESULTS (work files in $WORK)"
