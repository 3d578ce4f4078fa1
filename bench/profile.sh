#!/usr/bin/env bash
# Where the time of a registration and of a fee quote goes, on the PostgreSQL build under wrk at 64 connections:
#   * requests/s, and CPU milliseconds per request of the service's JVM (its request threads apart from garbage
#     collection and the JIT compilers), of PostgreSQL's processes and of the whole machine (from /proc);
#   * the SQL statements one request sends, transaction control included (PostgreSQL's log_statement, for one request
#     after the warm-up, so the caches are as they are under load);
#   * the service's JFR execution samples split into the parts of a request (bench/profile_parts.py), recorded in a
#     second run: sampling stacks slows the service down on this machine (fourfold with the JDK's "profile" settings,
#     still by half or more with bench/samples.jfc's 50 ms), so the CPU per request is measured in a run without it.
#
#   bench/profile.sh                              builds the service, profiles both requests
#   APP=/path/to/quarkus-app bench/profile.sh     profiles a service built before (to compare two builds)
#
# Prints its findings and keeps the recordings in its work directory; nothing is appended to bench/RESULTS.md.
# Needs: wrk, curl, python3, the JDK's jcmd and jfr, PostgreSQL on 127.0.0.1:5432 with trust auth and superuser
# `postgres` (psql; the log is read from /var/log/postgresql).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-30s}
PORT=${PORT:-18080}
WORK=$(mktemp -d /tmp/clearway-profile.XXXXXX)
ADMIN_PASSWORD=bench-admin-password
USER_PASSWORD=bench-user-password
BASE=http://127.0.0.1:$PORT/api/v1
DB=clearway_profile
PG_LOG=$(ls /var/log/postgresql/postgresql-*-main.log | head -1)
. bench/service.sh

if [ -n "${APP:-}" ]; then
  rm -rf "$WORK/profile-app"; cp -r "$APP" "$WORK/profile-app"
else
  build profile -Ppostgres
fi

ticks() { # ticks <pid...>: user + system clock ticks of those processes
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}')))
  done
  echo "$total"
}

jvm_ticks() { # jvm_ticks <pid>: "<request and other threads> <GC> <JIT>" clock ticks of the JVM's threads
  local task
  for task in /proc/"$1"/task/*; do
    printf '%s\t%s\n' "$(cat "$task/comm" 2>/dev/null)" "$(sed 's/.*) //' "$task/stat" 2>/dev/null | awk '{print $12 + $13}')"
  done | awk -F'\t' '/^(GC Thread|G1 |VM Thread)/ {gc += $2; next} /^C[12] CompilerThre/ {jit += $2; next} {other += $2}
                     END {print other + 0, gc + 0, jit + 0}'
}

machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }

# log_statement is set for the whole server while one request is logged: put back however the script ends.
reset_logging() { psql -qAt -h 127.0.0.1 -U postgres -c 'ALTER SYSTEM RESET log_statement' -c 'SELECT pg_reload_conf()' > /dev/null; }
trap 'reset_logging; cleanup' EXIT

statements() { # statements <label> <curl args...>: the SQL one request sends, as PostgreSQL logged it
  curl -s "$@" > /dev/null # the same request just before, so that the sign-in is remembered as it is under load
  psql -qAt -h 127.0.0.1 -U postgres -c "ALTER SYSTEM SET log_statement = 'all'" -c 'SELECT pg_reload_conf()' > /dev/null
  sleep 0.3
  local before
  before=$(wc -l < "$PG_LOG")
  curl -s "$@" > /dev/null
  sleep 0.2 # the audit chain is sealed 50 ms after a commit; a background job that ran in this window shows up too
  reset_logging
  tail -n +"$((before + 1))" "$PG_LOG" | grep "@$DB LOG:  \(statement\|execute\)" | sed 's/.*LOG:  //' | cut -c1-150 > "$WORK/sql-$1.txt"
  echo "SQL statements of one $1 request and the 0.2 s after its answer: $(wc -l < "$WORK/sql-$1.txt") (the audit chain's"
  echo "sealing, batched for all commits of 50 ms, included; so is any background job that ran then: job_lease, reminders)"
  sed 's/^/    /' "$WORK/sql-$1.txt"
}

load() { # load <connections> <duration> <user> <script> [out]: one wrk run
  IMPOUNDS_FILE="$WORK/impounds" wrk -t2 -c"$1" -d"$2" --latency -s "bench/$4" -H "$(auth "$3")" \
    -H 'Content-Type: application/json' "http://127.0.0.1:$PORT" > "${5:-/dev/null}"
}

profile() { # profile <label> <user> <script>: CPU per request from /proc without JFR, then the samples with JFR
  local label=$1 user=$2 script=$3
  load 16 "$WARMUP" "$user" "$script" # warmed as bench/run.sh warms, then at 64 connections
  load 64 "$WARMUP" "$user" "$script"
  local pg_pids
  pg_pids=$(pgrep -u postgres postgres | tr '\n' ' ')
  read -r jvm0 gc0 jit0 < <(jvm_ticks "$SERVICE_PID")
  local pg0 m0
  pg0=$(ticks $pg_pids); m0=$(machine_ticks)
  load 64 "$DURATION" "$user" "$script" "$WORK/wrk-$label.txt"
  read -r jvm1 gc1 jit1 < <(jvm_ticks "$SERVICE_PID")
  local pg1 m1
  pg1=$(ticks $pg_pids); m1=$(machine_ticks)
  jcmd "$SERVICE_PID" JFR.start name="$label" settings="$PWD/bench/samples.jfc" filename="$WORK/$label.jfr" > /dev/null
  load 64 "$DURATION" "$user" "$script" "$WORK/wrk-$label-recorded.txt"
  jcmd "$SERVICE_PID" JFR.stop name="$label" > /dev/null
  local requests rps hz
  requests=$(awk '/requests in/ {print $1}' "$WORK/wrk-$label.txt")
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$label.txt")
  hz=$(getconf CLK_TCK)
  echo
  echo "## $label: $rps requests/s at 64 connections ($requests requests in $DURATION; p99 $(awk '$1=="99%" {print $2}' "$WORK/wrk-$label.txt"))"
  awk -v n="$requests" -v hz="$hz" -v jvm=$((jvm1 - jvm0)) -v gc=$((gc1 - gc0)) -v jit=$((jit1 - jit0)) \
      -v pg=$((pg1 - pg0)) -v m=$((m1 - m0)) 'BEGIN {
    ms = 1000 / hz / n
    printf "CPU ms per request: service JVM %.3f (request and other threads %.3f, GC %.3f, JIT %.3f), PostgreSQL %.3f, whole machine %.3f (the rest is wrk and the kernel)\n",
      (jvm + gc + jit) * ms, jvm * ms, gc * ms, jit * ms, pg * ms, m * ms }'
  echo "Then recorded with JFR (bench/samples.jfc): $(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$label-recorded.txt") requests/s;" \
       "the parts below share out the CPU measured without it:"
  python3 bench/profile_parts.py "$WORK/$label.jfr" "$(awk -v n="$requests" -v hz="$hz" -v t=$((jvm1 - jvm0)) 'BEGIN {print t * 1000 / hz / n}')"
}

psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
start profile CLEARWAY_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB
seed
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1); service, wrk and PostgreSQL on one machine; work files in $WORK"
profile register bench-inspector register.lua
statements register -u "bench-inspector:$USER_PASSWORD" -H 'Content-Type: application/json' "$BASE/violations" \
  -d '{"plate":"12 ب 345 ایران 67","vehicleClass":"CAR","violationType":"SIDEWALK_PARKING","districtCode":"BNC01","location":{"lat":38.0792,"lon":46.2887},"observedAt":"2026-01-01T10:00:00+03:30"}'
profile quote bench-clerk quote.lua
statements quote -u "bench-clerk:$USER_PASSWORD" "$BASE/impounds/$(head -1 "$WORK/impounds")/fees"
stop
