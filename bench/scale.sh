#!/usr/bin/env bash
# Scale benchmark: a year of a city (ROWS violations, with impounds, frozen charges, waivers and payments, the reports'
# facts and the audit history) seeded in SQL straight into the schema Flyway created, then, on the embedded H2 build and
# on the PostgreSQL build:
#   * plate lookup       GET /api/v1/violations?plate=<a plate in the data>                         (wrk, p95 <= 50 ms)
#   * district + month   GET /api/v1/violations?districtCode=&from=<month start>&to=<next month>&limit=50 (p95 <= 50 ms)
#   * CSV export         the same search for one district over the whole year, Accept: text/csv: wall time, size, rows,
#                        and the service's resident memory before and at its peak during the export (it must stream)
#   * history            GET /api/v1/violations/{id}/history of a random violation                  (wrk, p95 <= 50 ms)
#   * summary report     GET /api/v1/reports/summary over the whole year, groupBy district, month, violationType: the
#                        median of RUNS runs after one warm-up                                      (<= 2 s)
#                        Reports read the sums of closed days, which only the service's job (ReportDayClosing, a
#                        minute after start, then hourly) writes: the script waits for it to close the year's days and
#                        writes down how long that took. The totals of the year's report are compared with the seeded
#                        data's own counts.
#   * audit verify       GET /api/v1/audit/verify over the whole chain, AUDIT_RUNS times: the verdict (intact, every
#                        event read), the median wall time, and the service's resident memory meanwhile
#   * sealing            the start after seeding, beside which the service's AuditSealer seals every seeded event: the time
#                        from the launch until none is left unsealed (SEAL=service, the default), or the time
#                        bench/SealChain.java takes to seal them before the start (SEAL=bench: the
#                        service's HashChain in one pass; on H2 the AuditSealer reads and sorts the whole backlog for
#                        every 500 it seals, so its time grows with the square of the events seeded)
# Everything runs on loopback with bounded durations. Results are appended to bench/RESULTS.md.
#
#   bench/scale.sh              both databases, ROWS=1000000
#   bench/scale.sh h2           only H2
#   bench/scale.sh postgres     only PostgreSQL
#   ROWS=20000 DURATION=5s WARMUP=5s RUNS=2 AUDIT_RUNS=2 bench/scale.sh     a quick try of the whole thing
#
# How: the packaged service starts once on an empty database (Flyway migrates, the admin is created from
# CLEARWAY_ADMIN_PASSWORD) and stops; bench/scale-seed-h2.sql (java -cp <h2 jar> org.h2.tools.RunScript, H2 opens its
# file for one process only) or bench/scale-seed-postgres.sql (psql, on the database PG_DB, dropped and re-created)
# writes the year; bench/scale-check.sql proves the data consistent; the service starts again (sealing the seeded audit
# events into the hash chain beside its start, as it seals any event committed and not yet sealed; the script waits until
# none is left), the admin adds an auditor (and the inspectors, clerks and supervisor the data names) through the API,
# and the auditor makes every request.
# The audit events are seeded unsealed because the chain's hashes are the service's to compute (HashChain): the script
# never writes a hash, and /audit/verify then checks what the service itself sealed. While it runs, the script reads the
# database (PostgreSQL with psql, H2 through AUTO_SERVER, which the service's H2 URL gets for this run) to see the days
# closed and the events sealed.
#
# Needs: wrk, curl, jq, a JDK, and for PostgreSQL a server on 127.0.0.1:5432 with trust auth (psql).
set -euo pipefail
cd "$(dirname "$0")/.."

WHICH=${1:-all}
ROWS=${ROWS:-1000000}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-30s}
CONNECTIONS=${CONNECTIONS:-16}
RUNS=${RUNS:-5}
AUDIT_RUNS=${AUDIT_RUNS:-3}
SEAL=${SEAL:-service}
EXPORT_DISTRICT=${EXPORT_DISTRICT:-TBZ01}
PORT=${PORT:-18080}
PG_DB=${PG_DB:-clearway_scale}
WORK=$(mktemp -d /tmp/clearway-scale.XXXXXX)
ADMIN_PASSWORD=bench-admin-password
USER_PASSWORD=bench-user-password
BASE=http://127.0.0.1:$PORT/api/v1
RESULTS=bench/RESULTS.md
export PGCLIENTENCODING=UTF8

# The year: the 365 days of the city (Asia/Tehran) before today; the data ends at today's midnight.
CITY_TZ=Asia/Tehran
FIRST_DAY=$(TZ=$CITY_TZ date -d 'today -365 days' +%F)
LAST_DAY=$(TZ=$CITY_TZ date -d 'yesterday' +%F)
TODAY=$(TZ=$CITY_TZ date +%F)
OFFSET=$(TZ=$CITY_TZ date -d "$FIRST_DAY 00:00" +%:z)
YEAR_START="${FIRST_DAY}T00:00:00$OFFSET"
YEAR_END="${TODAY}T00:00:00$(TZ=$CITY_TZ date -d "$TODAY 00:00" +%:z)"
YEAR_MIDDLE="$(date -d "$FIRST_DAY +182 days" +%F)T00:00:00$(TZ=$CITY_TZ date -d "$FIRST_DAY +182 days 00:00" +%:z)"

. bench/service.sh

say() { echo "[$(date +%H:%M:%S)] $*"; }

# ---- H2: the file under the service's working directory, opened by RunScript while the service is stopped ----
h2_jar() { ls "$WORK/h2-app/lib/main/"com.h2database.h2-*.jar | head -1; }
h2_url() { echo "jdbc:h2:file:$WORK/h2-run/data/clearway"; }
h2_script() { # h2_script <file>: runs a script on the stopped service's database, printing its results. A 64 MB page
  # cache and room for the seed's transactions of a few hundred thousand rows (100000 rows need less than 150 MB of heap).
  local file=$1
  java -Xmx4g -Dfile.encoding=UTF-8 -cp "$(h2_jar)" org.h2.tools.RunScript -url "$(h2_url);CACHE_SIZE=65536" -user clearway \
    -password clearway -script "$file" -showResults | sed -n 's/^--> //p'
}
h2_seed() {
  { echo "SET @ROWS = $ROWS;"; echo "SET @BASE = TIMESTAMP WITH TIME ZONE '$FIRST_DAY 00:00:00$OFFSET';"
    sed "s|\${cityZone}|$CITY_TZ|g" bench/scale-seed-h2.sql; } > "$WORK/h2-seed.sql"
  h2_script "$WORK/h2-seed.sql" > /dev/null
}
check_sql() { # bench/scale-check.sql, and the releases within the year (some cars towed in its last days leave today)
  cat bench/scale-check.sql
  echo "SELECT 'impounds.released_in_year=' || CAST(COUNT(*) AS VARCHAR(20)) FROM impound"
  echo "WHERE released_at >= TIMESTAMP WITH TIME ZONE '$YEAR_START' AND released_at < TIMESTAMP WITH TIME ZONE '$YEAR_END';"
}
h2_check() { check_sql > "$WORK/check.sql"; h2_script "$WORK/check.sql"; }
h2_plates() { # the plates and the violation ids in the data, for the requests
  { echo "CALL CSVWRITE('$WORK/h2-plates.txt', 'SELECT DISTINCT plate FROM violation', 'charset=UTF-8 fieldDelimiter= writeColumnHeader=false');"
    echo "CALL CSVWRITE('$WORK/h2-ids.txt', 'SELECT CAST(id AS VARCHAR(36)) FROM violation', 'charset=UTF-8 fieldDelimiter= writeColumnHeader=false');"
  } > "$WORK/h2-plates.sql"
  h2_script "$WORK/h2-plates.sql" > /dev/null
}
# The service opens its H2 file with AUTO_SERVER, its own settings otherwise, so that this script can read the database
# while the service runs (to see the days closed and the audit events sealed).
h2_service_url() {
  echo "jdbc:h2:file:$WORK/h2-run/data/clearway;$(sed -n 's/^quarkus.datasource.jdbc.url=[^;]*;//p' src/main/resources/application.properties);AUTO_SERVER=TRUE"
}
h2_live() { # h2_live <query>: one value, from the running service's database
  echo "$1;" > "$WORK/h2-live.sql"
  java -Dfile.encoding=UTF-8 -cp "$(h2_jar)" org.h2.tools.RunScript -url "$(h2_url);AUTO_SERVER=TRUE" -user clearway -password clearway \
    -script "$WORK/h2-live.sql" -showResults | sed -n 's/^--> //p'
}
h2_plans() {
  { cursor_query "SET @CURSOR_AT = (SELECT v.registered_at" ");"; cursor_query "SET @CURSOR_ID = (SELECT v.id" ");"
    towed_query "SET @TOWED = (SELECT CAST(v.id AS VARCHAR(36))" ");"; towed_query "SET @IMPOUND = (SELECT CAST(v.impound_id AS VARCHAR(36))" ");"
    plan_queries 'EXPLAIN ANALYZE' "$@" @CURSOR_AT @CURSOR_ID @TOWED @IMPOUND; } > "$WORK/h2-plans.sql"
  h2_script "$WORK/h2-plans.sql"
}

# ---- PostgreSQL: the database PG_DB, dropped and re-created ----
pg() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres "$@"; }
pg_seed() {
  pg -d "$PG_DB" -v rows="$ROWS" -v base="$FIRST_DAY 00:00:00$OFFSET" -v zone="$CITY_TZ" -f bench/scale-seed-postgres.sql > /dev/null
}
pg_check() { check_sql | pg -d "$PG_DB" -At; }
pg_plates() {
  pg -d "$PG_DB" -At -c 'SELECT DISTINCT plate FROM violation' > "$WORK/postgres-plates.txt"
  pg -d "$PG_DB" -At -c 'SELECT id FROM violation' > "$WORK/postgres-ids.txt"
}
pg_live() { pg -d "$PG_DB" -At -c "$1"; }
pg_settle() { # after the chain is sealed: what autovacuum does after a bulk update (this machine's PostgreSQL runs with
  # autovacuum off). Sealing rewrites every seeded event; without this the planner keeps the seed's statistics (every
  # event unsealed) and the service's sealer, every 5 s, reads the whole log to find none unsealed.
  pg -d "$PG_DB" -c 'VACUUM ANALYZE audit_event'
}
live() { "${DB_NAME/postgres/pg}_live" "$1"; }
pg_plans() {
  { cursor_query "SELECT v.registered_at AS cursor_at, v.id AS cursor_id" " \\gset"
    towed_query "SELECT v.id AS towed, v.impound_id AS impound" " \\gset"
    plan_queries 'EXPLAIN (ANALYZE, BUFFERS)' "$@" ":'cursor_at'" ":'cursor_id'" ":'towed'" ":'impound'"; } | pg -d "$PG_DB" -a
}

cursor_query() { # cursor_query <select ...> <end>: where the CSV export of EXPORT_DISTRICT stands half-way through the year
  echo "$1 FROM violation v WHERE v.district_code = '$EXPORT_DISTRICT' AND v.registered_at < TIMESTAMP WITH TIME ZONE '$YEAR_MIDDLE'"
  echo "  ORDER BY v.registered_at DESC, v.id DESC FETCH FIRST 1 ROWS ONLY$2"
}

towed_query() { # towed_query <select ...> <end>: a violation towed half-way through the year, for its history
  echo "$1 FROM violation v WHERE v.impound_id IS NOT NULL AND v.registered_at < TIMESTAMP WITH TIME ZONE '$YEAR_MIDDLE'"
  echo "  ORDER BY v.registered_at DESC, v.id DESC FETCH FIRST 1 ROWS ONLY$2"
}

plan_queries() { # plan_queries <explain> <plate> <month start> <next month> <cursor time> <cursor id> <violation> <impound>:
  # the measured queries as Hibernate sends them
  local explain=$1 plate=$2 at=$5 id=$6 violation=$7 impound=$8 t="TIMESTAMP WITH TIME ZONE"
  local from="$t '$3'" to="$t '$4'" year="$t '$YEAR_START'" end="$t '$YEAR_END'"
  cat <<EOF
-- plate lookup
$explain SELECT v.* FROM violation v WHERE v.plate = '$plate' ORDER BY v.registered_at DESC, v.id DESC FETCH FIRST 51 ROWS ONLY;
-- district + month, first page of 50
$explain SELECT v.* FROM violation v WHERE v.district_code = 'TBZ01' AND v.registered_at >= $from AND v.registered_at < $to
  ORDER BY v.registered_at DESC, v.id DESC FETCH FIRST 51 ROWS ONLY;
-- CSV export: its first page of 1000 (every later page is the same with a keyset condition)
$explain SELECT v.* FROM violation v WHERE v.district_code = '$EXPORT_DISTRICT' AND v.registered_at >= $year
  AND v.registered_at < $end ORDER BY v.registered_at DESC, v.id DESC FETCH FIRST 1001 ROWS ONLY;
-- CSV export: a page half-way through the year, after the cursor (registered_at, id) of the page before it
$explain SELECT v.* FROM violation v WHERE v.district_code = '$EXPORT_DISTRICT' AND v.registered_at >= $year
  AND v.registered_at < $end AND (v.registered_at < $at OR (v.registered_at = $at AND v.id < $id))
  ORDER BY v.registered_at DESC, v.id DESC FETCH FIRST 1001 ROWS ONLY;
-- a violation's history: its events, then its impound's (one query each)
$explain SELECT e.* FROM audit_event e WHERE e.entity_type = 'VIOLATION' AND e.entity_id = $violation ORDER BY e.at, e.id;
$explain SELECT e.* FROM audit_event e WHERE e.entity_type = 'IMPOUND' AND e.entity_id = $impound ORDER BY e.at, e.id;
-- audit verify: one page of 1000 links, half-way through the chain
$explain SELECT e.* FROM audit_event e WHERE e.sequence > (SELECT MAX(sequence) / 2 FROM audit_event)
  AND e.sequence <= (SELECT MAX(sequence) FROM audit_event) ORDER BY e.sequence FETCH FIRST 1000 ROWS ONLY;
-- summary of the year: the sums of its closed days, which it reads
$explain SELECT t.* FROM report_tally t WHERE t.city_day >= DATE '$FIRST_DAY' AND t.city_day <= DATE '$LAST_DAY';
-- closing the days of a month: one of its seven queries, the registrations per district and violation type (the
-- service's query adds the day, a CASE over the days' first instants, to the key)
$explain SELECT v.district_code, v.violation_type, count(*) FROM violation v WHERE v.registered_at >= $from
  AND v.registered_at < $to GROUP BY v.district_code, v.violation_type;
EOF
}

months() { # the calendar months wholly inside the year: "from to" a line, as the page requests use them
  local m next
  m=$(date -d "$FIRST_DAY" +%Y-%m-01)
  [ "$m" = "$FIRST_DAY" ] || m=$(date -d "$m +1 month" +%F)
  for _ in $(seq 1 13); do
    next=$(date -d "$m +1 month" +%F)
    [[ "$next" > "$TODAY" ]] && break
    echo "${m}T00:00:00$(TZ=$CITY_TZ date -d "$m 00:00" +%:z) ${next}T00:00:00$(TZ=$CITY_TZ date -d "$next 00:00" +%:z)"
    m=$next
  done
}

users() { # the auditor who measures, and the inspectors, clerks and supervisor the seeded rows name
  admin "$BASE/users" -d '{"username":"bench-auditor","password":"'$USER_PASSWORD'","roles":["AUDITOR"]}' > /dev/null
  admin "$BASE/users" -d '{"username":"supervisor","password":"'$USER_PASSWORD'","roles":["SUPERVISOR"]}' > /dev/null
  local d i
  for d in $(seq -w 1 10); do
    for i in 1 2 3 4; do
      admin "$BASE/users" -d '{"username":"insp.tbz'$d'.'$i'","password":"'$USER_PASSWORD'","roles":["INSPECTOR"],"districtCode":"TBZ'$d'"}' > /dev/null
    done
  done
  for d in 1 2; do
    for i in 1 2 3; do
      admin "$BASE/users" -d '{"username":"clerk.lot'$d'.'$i'","password":"'$USER_PASSWORD'","roles":["CLERK"],"lotCode":"TBZ-LOT-'$d'"}' > /dev/null
    done
  done
}

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<< " $2"; }

ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }

get() { # get <url> [curl args]: as the auditor, asking for JSON; prints "<status> <seconds>", the body in $WORK/body
  curl -s -o "$WORK/body" -w '%{http_code} %{time_total}\n' --max-time 300 -H "$(auth bench-auditor)" -H 'Accept: application/json' "$@"
}

sanity() { # one request of each kind before loading them: 200, and rows in it
  local plate from to status any none
  plate=$(head -1 "$PLATES")
  # What a client that does not ask for JSON gets (curl sends "Accept: */*"; some clients send no Accept at all).
  any=$(curl -s -o /dev/null -w '%{content_type}' --max-time 60 -H "$(auth bench-auditor)" -G "$BASE/violations" --data-urlencode "plate=$plate")
  none=$(curl -s -o /dev/null -w '%{content_type}' --max-time 60 -H "$(auth bench-auditor)" -H 'Accept:' -G "$BASE/violations" \
    --data-urlencode "plate=$plate")
  case "$any $none" in
    application/json*application/json*) ;;
    *) echo "- $DB_LABEL: \`GET /api/v1/violations?plate=…\` with \`Accept: */*\` answers \`$any\`, without an Accept header \`$none\`:" \
         "a client that does not ask for JSON gets the CSV export (every matching row, \`limit\` ignored). The requests measured" \
         "here send \`Accept: application/json\`." >> "$WORK/notes" ;;
  esac
  read -r from to < <(head -1 "$MONTHS")
  read -r status _ < <(get "$BASE/violations" -G --data-urlencode "plate=$plate")
  [ "$status" = 200 ] && [ "$(jq '.items | length' "$WORK/body")" -gt 0 ] \
    || { echo "plate lookup of $plate: $status $(head -c 300 "$WORK/body")" >&2; exit 1; }
  read -r status _ < <(get "$BASE/violations" -G --data-urlencode districtCode=TBZ01 --data-urlencode "from=$from" \
    --data-urlencode "to=$to" --data-urlencode limit=50)
  [ "$status" = 200 ] && [ "$(jq '.items | length' "$WORK/body")" -gt 0 ] \
    || { echo "district page: $status $(head -c 300 "$WORK/body")" >&2; exit 1; }
  read -r status _ < <(get "$BASE/violations/$(head -1 "$IDS")/history")
  [ "$status" = 200 ] && [ "$(jq '.events | length' "$WORK/body")" -gt 0 ] \
    || { echo "history: $status $(head -c 300 "$WORK/body")" >&2; exit 1; }
}

load() { # load <label> <lua>: one bounded wrk run of CONNECTIONS, summarised as a table row
  local label=$1 script=$2 out="$WORK/wrk-$DB_NAME-$2.txt"
  PLATES_FILE=$PLATES MONTHS_FILE=$MONTHS IDS_FILE=$IDS wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "bench/$script" \
    -H "$(auth bench-auditor)" -H 'Accept: application/json' "http://127.0.0.1:$PORT" > "$out"
  local line rps p50 p95 p99 non2xx errors verdict
  line=$(grep '^scale ' "$out")
  rps=$(field rps "$line"); p50=$(ms "$(field p50_us "$line")"); p95=$(ms "$(field p95_us "$line")")
  p99=$(ms "$(field p99_us "$line")"); non2xx=$(field non2xx "$line"); errors=$(field socket_errors "$line")
  verdict=$(awk -v p="$p95" -v n="$non2xx" -v e="$errors" 'BEGIN { print (p <= 50 && n == 0 && e == 0) ? "yes" : "**no**" }')
  printf '| %s | %s | %s | %s ms | %s ms | %s ms | %s / %s | %s |\n' "$DB_LABEL" "$label" "$rps" "$p50" "$p95" "$p99" \
    "$non2xx" "$errors" "$verdict" >> "$WORK/table-load"
  met "$verdict" "$DB_LABEL, $label: p95 $p95 ms (target ≤ 50 ms$([ "$non2xx$errors" = 00 ] || echo ", and every request answered 200"))"
  say "$DB_LABEL $label: $rps req/s, p50 $p50 ms, p95 $p95 ms, p99 $p99 ms, non-2xx $non2xx, socket errors $errors"
}

met() { # met <yes|**no**> <what>: one line of the verdicts
  if [ "$1" = yes ]; then echo "- $2: **met**" >> "$WORK/verdicts"; else echo "- $2: **not met**" >> "$WORK/verdicts"; fi
}

watch_rss() { # watch_rss <output> <command...>: runs it in the background (its output to the file) and samples the
  # service's resident memory until it ends: RSS_BEFORE and RSS_PEAK in kB (the peak also from VmHWM, reset before)
  local sample pid out=$1; shift
  RSS_BEFORE=$(rss_kb VmRSS)
  { echo 5 > "/proc/$SERVICE_PID/clear_refs"; } 2>/dev/null || true   # resets VmHWM, the peak resident size
  RSS_PEAK=$RSS_BEFORE
  "$@" > "$out" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do   # ends with the command, which --max-time bounds
    sample=$(rss_kb VmRSS); [ "${sample:-0}" -gt "$RSS_PEAK" ] && RSS_PEAK=$sample
    sleep 0.2
  done
  wait "$pid" || true
  sample=$(rss_kb VmHWM)
  if [ "${sample:-0}" -gt "$RSS_PEAK" ]; then RSS_PEAK=$sample; fi
}

export_csv() { # the whole year of one district as CSV: wall time, size, rows, and the service's memory meanwhile
  local expected status seconds bytes rows before peak
  expected=$(jq -r --arg d "$EXPORT_DISTRICT" '.groups[] | select(.key == $d) | .registered' "$WORK/summary-$DB_NAME-district.json")
  watch_rss "$WORK/export-$DB_NAME.status" curl -s -o "$WORK/export-$DB_NAME.csv" -w '%{http_code} %{time_total} %{size_download}\n' --max-time 600 \
    -H "$(auth bench-auditor)" -H 'Accept: text/csv' -G "$BASE/violations" --data-urlencode "districtCode=$EXPORT_DISTRICT" \
    --data-urlencode "from=$YEAR_START" --data-urlencode "to=$YEAR_END"
  before=$RSS_BEFORE; peak=$RSS_PEAK
  read -r status seconds bytes < "$WORK/export-$DB_NAME.status"
  rows=$(( $(wc -l < "$WORK/export-$DB_NAME.csv") - 1 ))
  local note=""
  [ "$status" = 200 ] || note=" (HTTP $status)"
  [ "$rows" = "$expected" ] || note="$note (the summary counts $expected registered)"
  printf '| %s | %s | %.2f s | %s | %s MB → %s MB |\n' "$DB_LABEL" "$rows$note" "$seconds" "$(numfmt --to=iec-i --suffix=B "$bytes")" \
    "$(( before / 1024 ))" "$(( peak / 1024 ))" >> "$WORK/table-export"
  say "$DB_LABEL CSV export of $EXPORT_DISTRICT: HTTP $status, $rows rows (summary: $expected), $bytes bytes in $seconds s," \
      "RSS $(( before / 1024 )) MB before, $(( peak / 1024 )) MB at peak"
}

summary_get() { # summary_get <groupBy> <n>: the report from the n-th day of the year to its last day
  get "$BASE/reports/summary" -G --data-urlencode "from=$(date -d "$FIRST_DAY +$2 days" +%F)" --data-urlencode "to=$LAST_DAY" \
    --data-urlencode "groupBy=$1"
}

wait_for_closing() { # the service's job (ReportDayClosing: a minute after start, then every hour) sums each day of the
  # year once, when it has ended in the city and the hour every transaction has to end (day-closes-after) has passed;
  # reports read those sums. Waits until every such day is closed and writes down how long the job took.
  local closable expected closed first="" t0=$SECONDS
  closable=$(date -d "$(TZ=$CITY_TZ date -d '1 hour ago' +%F) -1 day" +%F)
  expected=$(live "SELECT COUNT(DISTINCT city_day) FROM report_fact WHERE city_day <= DATE '$closable'")
  while :; do
    closed=$(live "SELECT COUNT(*) FROM report_day WHERE city_day <= DATE '$closable'")
    [ "$closed" -gt 0 ] && [ -z "$first" ] && first=$(( SECONDS - READY_AT ))
    [ "$closed" -ge "$expected" ] && break
    [ $(( SECONDS - t0 )) -lt 3600 ] || { echo "closing the days: $closed of $expected after an hour" >&2; exit 1; }
    sleep 1
  done
  # How long the job took by the service's own clock: each day is stamped (closed_at) as its summing begins.
  local took
  took=$(awk -v a="$(date -d "$(live "SELECT MIN(closed_at) FROM report_day")" +%s.%N)" \
    -v b="$(date -d "$(live "SELECT MAX(closed_at) FROM report_day")" +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  printf '| %s | %s | %s s | %s s |\n' "$DB_LABEL" "$expected" "$first" "$took" >> "$WORK/table-closing"
  say "$DB_LABEL the closing job summed $expected days in about $took s (first closed day seen $first s after the service was ready)"
}

summary() { # one grouping of the year's report: a warm-up, then RUNS runs; the median and the range. Each request asks for
  # a period of its own (the year, then one day shorter each time): H2 answers a query repeated with the same parameters on
  # an unchanged database from its result cache, which a live database, written all day, would not.
  local group=$1 status seconds times=() median verdict i registered released seeded_registered seeded_released
  summary_get "$group" "$RUNS" > /dev/null
  for i in $(seq 0 $(( RUNS - 1 ))); do
    read -r status seconds < <(summary_get "$group" "$i")
    [ "$status" = 200 ] || { echo "summary groupBy=$group: $status $(head -c 300 "$WORK/body")" >&2; exit 1; }
    times+=("$seconds")
    [ "$i" = 0 ] && cp "$WORK/body" "$WORK/summary-$DB_NAME-$group.json"
  done
  median=$(median "${times[@]}")
  # The whole year's report must count what the seeding wrote: every violation registered, every release in the year.
  registered=$(jq '.totals.registered' "$WORK/summary-$DB_NAME-$group.json")
  released=$(jq '.totals.released' "$WORK/summary-$DB_NAME-$group.json")
  seeded_registered=$(sed -n 's/^violations=//p' "$WORK/$DB_NAME-check.txt")
  seeded_released=$(sed -n 's/^impounds.released_in_year=//p' "$WORK/$DB_NAME-check.txt")
  verdict=$(awk -v m="$median" -v ok="$([ "$registered/$released" = "$seeded_registered/$seeded_released" ] && echo 1)" \
    'BEGIN { print (m <= 2 && ok) ? "yes" : "**no**" }')
  printf '| %s | %s | %.3f s | %.3f – %.3f s | %s / %s (seeded %s / %s) | %s |\n' "$DB_LABEL" "$group" "$median" \
    "$(printf '%s\n' "${times[@]}" | sort -g | head -1)" "$(printf '%s\n' "${times[@]}" | sort -g | tail -1)" \
    "$registered" "$released" "$seeded_registered" "$seeded_released" "$verdict" >> "$WORK/table-summary"
  met "$verdict" "$DB_LABEL, summary of the year by $group: median $(printf '%.3f' "$median") s (target ≤ 2 s, and the seeded counts)"
  say "$DB_LABEL summary groupBy=$group: median $median s of ${times[*]}"
}

verify_chain() { # GET /api/v1/audit/verify over the whole chain, AUDIT_RUNS times: the verdict, the median wall time,
  # and the service's resident memory before the runs and at its peak during them (the verifier reads the chain in pages)
  local events status seconds times=() median peak=0 before="" valid length i
  events=$(live "SELECT COUNT(*) FROM audit_event")
  for i in $(seq 1 "$AUDIT_RUNS"); do
    watch_rss "$WORK/verify-$DB_NAME.status" curl -s -o "$WORK/verify-$DB_NAME.json" -w '%{http_code} %{time_total}\n' \
      --max-time 3600 -H "$(auth bench-auditor)" -H 'Accept: application/json' "$BASE/audit/verify"
    [ -n "$before" ] || before=$RSS_BEFORE
    if [ "$RSS_PEAK" -gt "$peak" ]; then peak=$RSS_PEAK; fi
    read -r status seconds < "$WORK/verify-$DB_NAME.status"
    [ "$status" = 200 ] || { echo "audit verify: $status $(head -c 300 "$WORK/verify-$DB_NAME.json")" >&2; exit 1; }
    valid=$(jq -r .valid "$WORK/verify-$DB_NAME.json"); length=$(jq -r .length "$WORK/verify-$DB_NAME.json")
    times+=("$seconds")
    say "$DB_LABEL audit verify: valid=$valid length=$length in $seconds s, RSS $(( RSS_BEFORE / 1024 )) MB → $(( RSS_PEAK / 1024 )) MB"
  done
  median=$(median "${times[@]}")
  printf '| %s | %s | %s | %s | %.2f s | %.2f – %.2f s | %s MB → %s MB |\n' "$DB_LABEL" "$events" "$length" "$valid" "$median" \
    "$(printf '%s\n' "${times[@]}" | sort -g | head -1)" "$(printf '%s\n' "${times[@]}" | sort -g | tail -1)" \
    "$(( before / 1024 ))" "$(( peak / 1024 ))" >> "$WORK/table-verify"
  met "$([ "$valid/$length" = "true/$events" ] && echo yes || echo '**no**')" \
    "$DB_LABEL, \`/audit/verify\`: the chain of the $events events in the log intact (valid, every event read)"
}

seal_chain() { # SEAL=bench: bench/SealChain.java seals the seeded events, with the service's HashChain, before the start
  local app driver url user=postgres password=
  app=$(ls "$WORK/$DB_NAME-app/app/"*.jar | head -1)
  case $DB_NAME in
    h2) driver=$(h2_jar); url=$(h2_url); user=clearway; password=clearway ;;
    postgres) driver=$(ls "$WORK/postgres-app/lib/main/"org.postgresql.postgresql-*.jar | head -1); url=jdbc:postgresql://127.0.0.1:5432/$PG_DB ;;
  esac
  local t0=$SECONDS
  java -Xmx1g -cp "$app:$driver" bench/SealChain.java "$url" "$user" "$password"
  SEAL_SECONDS=$(( SECONDS - t0 ))
}

sealed() { # after the start: how long it took; with SEAL=service, how long from the launch until the service had sealed
  # every seeded event (it seals them beside its start, already answering); the chain head, and that none is left unsealed
  local unsealed head sealing
  if [ "$SEAL" = bench ]; then
    sealing="$SEAL_SECONDS s"
  else
    until [ "$(live "SELECT COUNT(*) FROM audit_event WHERE sequence IS NULL")" = 0 ] || [ $(( SECONDS - LAUNCHED_AT )) -ge 7200 ]; do
      sleep 1
    done
    sealing="$(( SECONDS - LAUNCHED_AT )) s from the launch"
  fi
  unsealed=$(live "SELECT COUNT(*) FROM audit_event WHERE sequence IS NULL")
  head=$(live "SELECT last_sequence FROM audit_chain_head")
  printf '| %s | %s | %s s | %s | %s | %s s | %s | %s |\n' "$DB_LABEL" "$SEAL" "$EMPTY_START" "$SEEDED_EVENTS" \
    "$sealing" "$START_SECONDS_TOOK" "$head" "$unsealed" \
    >> "$WORK/table-sealing"
  say "$DB_LABEL start: $EMPTY_START s on the empty database, $START_SECONDS_TOOK s after seeding $SEEDED_EVENTS events (sealed by $SEAL); chain head at $head, $unsealed unsealed"
}

measure() { # everything, on whichever database is up
  sanity
  wait_for_closing
  local script
  for script in scale-lookup.lua scale-page.lua scale-history.lua; do
    PLATES_FILE=$PLATES MONTHS_FILE=$MONTHS IDS_FILE=$IDS wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "bench/$script" \
      -H "$(auth bench-auditor)" -H 'Accept: application/json' "http://127.0.0.1:$PORT" > /dev/null
  done
  load "plate lookup" scale-lookup.lua
  load "district + month, first page of 50" scale-page.lua
  load "a violation's history" scale-history.lua
  for group in district month violationType; do
    summary "$group"
  done
  export_csv
  verify_chain
}

seeded() { # seeded <check output file>: the data's figures for the results, or stop if any "broken." is not 0
  local file=$1
  if grep '^broken\.' "$file" | grep -qv '=0$'; then
    echo "the seeded data is inconsistent:" >&2; grep '^broken\.' "$file" | grep -v '=0$' >&2; exit 1
  fi
  val() { sed -n "s/^$1=//p" "$file"; }
  local in_lot released
  in_lot=$(val impounds.IN_LOT); released=$(val impounds.RELEASED)
  local actions
  actions=$(sed -n 's/^audit\.\([A-Z_]*\)=\(.*\)/\2 \1/p' "$file" | paste -sd, | sed 's/,/, /g')
  printf '%s: %s violations (%s registered, %s settled, %s cancelled, %s impounded, %s released), %s impounds (%s still in the lots), %s charge lines, %s payments, %s waivers, %s plates (at most %s violations on one), %s report facts, %s audit events (%s); seeded in %s s.' \
    "$DB_LABEL" "$(val violations)" "$(val violations.REGISTERED)" "$(val violations.SETTLED)" "$(val violations.CANCELLED)" \
    "$(val violations.IMPOUNDED)" "$(val violations.RELEASED)" "$(( ${in_lot:-0} + ${released:-0} ))" "${in_lot:-0}" \
    "$(val charge_lines)" "$(val payments)" "$(val waivers)" "$(val plates)" "$(val violations_per_plate.max)" \
    "$(val report_facts)" "$(val audit_events)" "$actions" "$SEED_SECONDS" >> "$WORK/data"
  echo >> "$WORK/data"
}

timed() { local t0=$SECONDS; "$@"; SEED_SECONDS=$(( SECONDS - t0 )); }
timed_start() { # a start, timed to ready (after seeding, the service then seals the seeded audit events beside it)
  local t0=$SECONDS
  LAUNCHED_AT=$t0
  START_SECONDS=${START_SECONDS:-7200} start "$@"
  START_SECONDS_TOOK=$(( SECONDS - t0 )); READY_AT=$SECONDS
  SEEDED_EVENTS=$(sed -n 's/^audit_events=//p' "$WORK/$DB_NAME-check.txt" 2>/dev/null || true)
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
months > "$WORK/months.txt"
MONTHS="$WORK/months.txt"
: > "$WORK/table-load"; : > "$WORK/table-export"; : > "$WORK/table-summary"; : > "$WORK/table-closing"; : > "$WORK/table-verify"; : > "$WORK/table-sealing"; : > "$WORK/data"; : > "$WORK/plans"; : > "$WORK/verdicts"; : > "$WORK/notes"
say "year $FIRST_DAY .. $LAST_DAY ($CITY_TZ), $ROWS violations; work files in $WORK"

if [ "$WHICH" = all ] || [ "$WHICH" = h2 ]; then
  DB_NAME=h2; DB_LABEL=H2; PLATES="$WORK/h2-plates.txt"; IDS="$WORK/h2-ids.txt"
  build h2
  say "H2: migrating"; timed_start h2; EMPTY_START=$START_SECONDS_TOOK; stop
  say "H2: seeding"; timed h2_seed
  h2_check > "$WORK/h2-check.txt"; seeded "$WORK/h2-check.txt"; tail -1 "$WORK/data"
  h2_plates
  [ "$SEAL" != bench ] || { say "H2: sealing the audit events (bench/SealChain.java)"; seal_chain; }
  say "H2: starting"; timed_start h2 QUARKUS_DATASOURCE_JDBC_URL="$(h2_service_url)"
  sealed; say "H2: measuring"; users; measure; stop
  { echo "### H2"; h2_plans "$(head -1 "$PLATES")" $(head -1 "$MONTHS"); } >> "$WORK/plans"
fi
if [ "$WHICH" = all ] || [ "$WHICH" = postgres ]; then
  DB_NAME=postgres; DB_LABEL=PostgreSQL; PLATES="$WORK/postgres-plates.txt"; IDS="$WORK/postgres-ids.txt"
  build postgres -Ppostgres
  pg -d postgres -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB"
  say "PostgreSQL: migrating"; timed_start postgres CLEARWAY_DB_URL=jdbc:postgresql://127.0.0.1:5432/$PG_DB
  EMPTY_START=$START_SECONDS_TOOK; stop
  say "PostgreSQL: seeding"; timed pg_seed
  pg_check > "$WORK/postgres-check.txt"; seeded "$WORK/postgres-check.txt"; tail -1 "$WORK/data"
  pg_plates
  [ "$SEAL" != bench ] || { say "PostgreSQL: sealing the audit events (bench/SealChain.java)"; seal_chain; pg_settle; }
  say "PostgreSQL: starting"; timed_start postgres CLEARWAY_DB_URL=jdbc:postgresql://127.0.0.1:5432/$PG_DB
  sealed; [ "$SEAL" = bench ] || pg_settle; say "PostgreSQL: measuring"; users; measure; stop
  { echo "### PostgreSQL"; pg_plans "$(head -1 "$PLATES")" $(head -1 "$MONTHS"); } >> "$WORK/plans"
fi

{
  echo
  echo "## Scale run of $(date -u +%Y-%m-%dT%H:%MZ): $ROWS violations"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB;" \
       "$(java -version 2>&1 | head -1); PostgreSQL $(psql -V | awk '{print $3}'); wrk, curl and the service ($JVM_FLAGS) on the same" \
       "machine, loopback (load average $LOAD_BEFORE when the run began). \`bench/scale.sh\`: the year $FIRST_DAY to $LAST_DAY ($CITY_TZ) seeded in SQL (\`bench/scale-seed-*.sql\`," \
       "checked by \`bench/scale-check.sql\`), then the requests as an auditor; wrk with $CONNECTIONS connections for $DURATION" \
       "after a warm-up of $WARMUP each, random plate (one present in the data), district and month, or violation per request."
  echo "The seed also writes the reports' facts and the audit history the services would have appended (registrations,"
  echo "cancellations, settlements, intakes, waivers, payments, releases), unsealed, to be sealed into the hash chain as the"
  echo "sealing table says. Not seeded: holds, photos, intake inventories, owner notices (the service writes those of the cars"
  echo "still in the lots itself), disposals, appeals, refunds."
  echo
  sed 's/^/- /' "$WORK/data"
  echo
  echo "| database | request | requests/s | p50 | p95 | p99 | non-2xx / socket errors | p95 ≤ 50 ms |"
  echo "|---|---|---|---|---|---|---|---|"
  cat "$WORK/table-load"
  echo
  if [ "$SEAL" = bench ]; then
    echo "The seeded audit events were sealed before the start by \`bench/SealChain.java\` (SEAL=bench: the service's"
    echo "\`HashChain\`, pages of 10000 by id, one pass); the start after seeding, and the first on the empty database:"
  else
    echo "The seeded audit events were sealed by the service's own \`AuditSealer\` beside its start (SEAL=service: batches of"
    echo "500, while the service already answers; sealing is the time from the launch until none was left unsealed); that"
    echo "start, and the first on the empty database (migrations, the administrator):"
  fi
  echo
  echo "| database | sealed by | start, empty database | audit events seeded | sealing | start after seeding | chain head after | left unsealed |"
  echo "|---|---|---|---|---|---|---|---|"
  cat "$WORK/table-sealing"
  echo
  echo "The days of the year are closed by the service's job (\`ReportDayClosing\`, a minute after start, then hourly; the"
  echo "script waits for it, reading \`report_day\`, every second): each closable day summed once into \`report_tally\`, which"
  echo "the summaries below read:"
  echo
  echo "| database | days closed | first closed day seen after the start | closing took (first to last day's closed_at) |"
  echo "|---|---|---|---|"
  cat "$WORK/table-closing"
  echo
  echo "Summary report over the year (\`from=$FIRST_DAY&to=$LAST_DAY\`, then each run one day shorter so that no run repeats the"
  echo "parameters of another: H2 would answer it from its result cache), median of $RUNS runs after one warm-up; the year's"
  echo "totals beside the seeded data's own counts (of violations, and of releases within the year):"
  echo
  echo "| database | groupBy | median | min – max | registered / released in the report | ≤ 2 s |"
  echo "|---|---|---|---|---|---|"
  cat "$WORK/table-summary"
  echo
  echo "CSV export (\`Accept: text/csv\`) of $EXPORT_DISTRICT for the whole year; the service's resident memory before it and at its peak during it:"
  echo
  echo "| database | rows | wall time | size | RSS before → peak |"
  echo "|---|---|---|---|---|"
  cat "$WORK/table-export"
  echo
  echo "\`GET /api/v1/audit/verify\` over the whole chain, $AUDIT_RUNS runs: the events in the log, the events the verification"
  echo "read and its verdict, the wall time, and the service's resident memory before the first run and at its peak during them:"
  echo
  echo "| database | events in the log | read | valid | median | min – max | RSS before → peak |"
  echo "|---|---|---|---|---|---|---|"
  cat "$WORK/table-verify"
  echo
  echo "Targets:"
  echo
  cat "$WORK/verdicts"
  if [ -s "$WORK/notes" ]; then
    echo
    echo "Seen on the way:"
    echo
    cat "$WORK/notes"
  fi
} >> "$RESULTS"
say "Appended to $RESULTS; query plans in $WORK/plans (work files in $WORK)"
