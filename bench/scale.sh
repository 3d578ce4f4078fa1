#!/usr/bin/env bash
# Scale benchmark: a year of a city (ROWS violations, with impounds, frozen charges, waivers and payments) seeded in SQL
# straight into the schema Flyway created, then, on the embedded H2 build and on the PostgreSQL build:
#   * plate lookup       GET /api/v1/violations?plate=<a plate in the data>                         (wrk, p95 <= 50 ms)
#   * district + month   GET /api/v1/violations?districtCode=&from=<month start>&to=<next month>&limit=50 (p95 <= 50 ms)
#   * CSV export         the same search for one district over the whole year, Accept: text/csv: wall time, size, rows,
#                        and the service's resident memory before and at its peak during the export (it must stream)
#   * summary report     GET /api/v1/reports/summary over the whole year, groupBy district, month, violationType: the
#                        median of RUNS runs after one warm-up                                      (<= 2 s)
#                        The first report after seeding sums the year's closed days once (the service's hourly job
#                        would otherwise); its time is written down apart, and the totals of the year's report are
#                        compared with the seeded data's own counts.
# Everything runs on loopback with bounded durations. Results are appended to bench/RESULTS.md.
#
#   bench/scale.sh              both databases, ROWS=1000000
#   bench/scale.sh h2           only H2
#   bench/scale.sh postgres     only PostgreSQL
#   ROWS=20000 DURATION=5s WARMUP=5s bench/scale.sh     a quick try of the whole thing
#
# How: the packaged service starts once on an empty database (Flyway migrates, the admin is created from
# CLEARWAY_ADMIN_PASSWORD) and stops; bench/scale-seed-h2.sql (java -cp <h2 jar> org.h2.tools.RunScript, H2 opens its
# file for one process only) or bench/scale-seed-postgres.sql (psql, on the database PG_DB, dropped and re-created)
# writes the year; bench/scale-check.sql proves the data consistent; the service starts again, the admin adds an auditor
# (and the inspectors, clerks and supervisor the data names) through the API, and the auditor makes every request.
# No audit events are seeded: none of the measured requests reads them.
#
# Needs: wrk, curl, jq, a JDK, and for PostgreSQL a server on 127.0.0.1:5432 with trust auth (psql).
set -euo pipefail
cd "$(dirname "$0")/.."

WHICH=${1:-all}
ROWS=${ROWS:-1000000}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-15s}
CONNECTIONS=${CONNECTIONS:-16}
RUNS=${RUNS:-5}
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
    cat bench/scale-seed-h2.sql; } > "$WORK/h2-seed.sql"
  h2_script "$WORK/h2-seed.sql" > /dev/null
}
check_sql() { # bench/scale-check.sql, and the releases within the year (some cars towed in its last days leave today)
  cat bench/scale-check.sql
  echo "SELECT 'impounds.released_in_year=' || CAST(COUNT(*) AS VARCHAR(20)) FROM impound"
  echo "WHERE released_at >= TIMESTAMP WITH TIME ZONE '$YEAR_START' AND released_at < TIMESTAMP WITH TIME ZONE '$YEAR_END';"
}
h2_check() { check_sql > "$WORK/check.sql"; h2_script "$WORK/check.sql"; }
h2_plates() {
  echo "CALL CSVWRITE('$WORK/h2-plates.txt', 'SELECT DISTINCT plate FROM violation', 'charset=UTF-8 fieldDelimiter= writeColumnHeader=false');" \
    > "$WORK/h2-plates.sql"
  h2_script "$WORK/h2-plates.sql" > /dev/null
}
h2_plans() {
  { cursor_query "SET @CURSOR_AT = (SELECT v.registered_at" ");"; cursor_query "SET @CURSOR_ID = (SELECT v.id" ");"
    plan_queries 'EXPLAIN ANALYZE' "$@" @CURSOR_AT @CURSOR_ID; } > "$WORK/h2-plans.sql"
  h2_script "$WORK/h2-plans.sql"
}

# ---- PostgreSQL: the database PG_DB, dropped and re-created ----
pg() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres "$@"; }
pg_seed() { pg -d "$PG_DB" -v rows="$ROWS" -v base="$FIRST_DAY 00:00:00$OFFSET" -f bench/scale-seed-postgres.sql > /dev/null; }
pg_check() { check_sql | pg -d "$PG_DB" -At; }
pg_plates() { pg -d "$PG_DB" -At -c 'SELECT DISTINCT plate FROM violation' > "$WORK/postgres-plates.txt"; }
pg_plans() {
  { cursor_query "SELECT v.registered_at AS cursor_at, v.id AS cursor_id" " \\gset"
    plan_queries 'EXPLAIN (ANALYZE, BUFFERS)' "$@" ":'cursor_at'" ":'cursor_id'"; } | pg -d "$PG_DB" -a
}

cursor_query() { # cursor_query <select ...> <end>: where the CSV export of EXPORT_DISTRICT stands half-way through the year
  echo "$1 FROM violation v WHERE v.district_code = '$EXPORT_DISTRICT' AND v.registered_at < TIMESTAMP WITH TIME ZONE '$YEAR_MIDDLE'"
  echo "  ORDER BY v.registered_at DESC, v.id DESC FETCH FIRST 1 ROWS ONLY$2"
}

plan_queries() { # plan_queries <explain> <plate> <month start> <next month> <cursor time> <cursor id>: the measured queries
  # as Hibernate sends them
  local explain=$1 plate=$2 at=$5 id=$6 t="TIMESTAMP WITH TIME ZONE"
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
}

load() { # load <label> <lua>: one bounded wrk run of CONNECTIONS, summarised as a table row
  local label=$1 script=$2 out="$WORK/wrk-$DB_NAME-$2.txt"
  PLATES_FILE=$PLATES MONTHS_FILE=$MONTHS wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "bench/$script" \
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

export_csv() { # the whole year of one district as CSV: wall time, size, rows, and the service's memory meanwhile
  local expected status seconds bytes rows before peak sample curl_pid
  expected=$(jq -r --arg d "$EXPORT_DISTRICT" '.groups[] | select(.key == $d) | .registered' "$WORK/summary-$DB_NAME-district.json")
  before=$(rss_kb VmRSS)
  { echo 5 > "/proc/$SERVICE_PID/clear_refs"; } 2>/dev/null || true   # resets VmHWM, the peak resident size
  peak=$before
  curl -s -o "$WORK/export-$DB_NAME.csv" -w '%{http_code} %{time_total} %{size_download}\n' --max-time 600 \
    -H "$(auth bench-auditor)" -H 'Accept: text/csv' -G "$BASE/violations" --data-urlencode "districtCode=$EXPORT_DISTRICT" \
    --data-urlencode "from=$YEAR_START" --data-urlencode "to=$YEAR_END" > "$WORK/export-$DB_NAME.status" &
  curl_pid=$!
  while kill -0 "$curl_pid" 2>/dev/null; do   # ends with curl, which --max-time bounds
    sample=$(rss_kb VmRSS); [ "${sample:-0}" -gt "$peak" ] && peak=$sample
    sleep 0.2
  done
  wait "$curl_pid" || true
  sample=$(rss_kb VmHWM); [ "${sample:-0}" -gt "$peak" ] && peak=$sample
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

close_year() { # the first report after seeding: it sums each day of the year once, which every later report reads
  local status seconds
  read -r status seconds < <(summary_get district 0)
  [ "$status" = 200 ] || { echo "first summary: $status $(head -c 300 "$WORK/body")" >&2; exit 1; }
  printf '| %s | %.1f s |\n' "$DB_LABEL" "$seconds" >> "$WORK/table-closing"
  say "$DB_LABEL first summary of the year (closing its days): $seconds s"
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

measure() { # everything, on whichever database is up
  sanity
  close_year
  PLATES_FILE=$PLATES MONTHS_FILE=$MONTHS wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s bench/scale-lookup.lua \
    -H "$(auth bench-auditor)" -H 'Accept: application/json' "http://127.0.0.1:$PORT" > /dev/null
  PLATES_FILE=$PLATES MONTHS_FILE=$MONTHS wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s bench/scale-page.lua \
    -H "$(auth bench-auditor)" -H 'Accept: application/json' "http://127.0.0.1:$PORT" > /dev/null
  load "plate lookup" scale-lookup.lua
  load "district + month, first page of 50" scale-page.lua
  for group in district month violationType; do
    summary "$group"
  done
  export_csv
}

seeded() { # seeded <check output file>: the data's figures for the results, or stop if any "broken." is not 0
  local file=$1
  if grep '^broken\.' "$file" | grep -qv '=0$'; then
    echo "the seeded data is inconsistent:" >&2; grep '^broken\.' "$file" | grep -v '=0$' >&2; exit 1
  fi
  val() { sed -n "s/^$1=//p" "$file"; }
  local in_lot released
  in_lot=$(val impounds.IN_LOT); released=$(val impounds.RELEASED)
  printf '%s: %s violations (%s registered, %s settled, %s cancelled, %s impounded, %s released), %s impounds (%s still in the lots), %s charge lines, %s payments, %s waivers, %s plates (at most %s violations on one); seeded in %s s.' \
    "$DB_LABEL" "$(val violations)" "$(val violations.REGISTERED)" "$(val violations.SETTLED)" "$(val violations.CANCELLED)" \
    "$(val violations.IMPOUNDED)" "$(val violations.RELEASED)" "$(( ${in_lot:-0} + ${released:-0} ))" "${in_lot:-0}" \
    "$(val charge_lines)" "$(val payments)" "$(val waivers)" "$(val plates)" "$(val violations_per_plate.max)" "$SEED_SECONDS" \
    >> "$WORK/data"
  echo >> "$WORK/data"
}

timed() { local t0=$SECONDS; "$@"; SEED_SECONDS=$(( SECONDS - t0 )); }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
months > "$WORK/months.txt"
MONTHS="$WORK/months.txt"
: > "$WORK/table-load"; : > "$WORK/table-export"; : > "$WORK/table-summary"; : > "$WORK/table-closing"; : > "$WORK/data"; : > "$WORK/plans"; : > "$WORK/verdicts"; : > "$WORK/notes"
say "year $FIRST_DAY .. $LAST_DAY ($CITY_TZ), $ROWS violations; work files in $WORK"

if [ "$WHICH" = all ] || [ "$WHICH" = h2 ]; then
  DB_NAME=h2; DB_LABEL=H2; PLATES="$WORK/h2-plates.txt"
  build h2
  say "H2: migrating"; start h2; stop
  say "H2: seeding"; timed h2_seed
  h2_check > "$WORK/h2-check.txt"; seeded "$WORK/h2-check.txt"; tail -1 "$WORK/data"
  h2_plates
  say "H2: measuring"; start h2; users; measure; stop
  { echo "### H2"; h2_plans "$(head -1 "$PLATES")" $(head -1 "$MONTHS"); } >> "$WORK/plans"
fi
if [ "$WHICH" = all ] || [ "$WHICH" = postgres ]; then
  DB_NAME=postgres; DB_LABEL=PostgreSQL; PLATES="$WORK/postgres-plates.txt"
  build postgres -Ppostgres
  pg -d postgres -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB"
  say "PostgreSQL: migrating"; start postgres CLEARWAY_DB_URL=jdbc:postgresql://127.0.0.1:5432/$PG_DB; stop
  say "PostgreSQL: seeding"; timed pg_seed
  pg_check > "$WORK/postgres-check.txt"; seeded "$WORK/postgres-check.txt"; tail -1 "$WORK/data"
  pg_plates
  say "PostgreSQL: measuring"; start postgres CLEARWAY_DB_URL=jdbc:postgresql://127.0.0.1:5432/$PG_DB; users; measure; stop
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
       "after a warm-up of $WARMUP each, random plate (one present in the data), district and month per request."
  echo "No audit events were seeded (nor holds or photos): none of the measured requests reads them, so the history and"
  echo "\`/audit/verify\` at this scale are not measured here."
  echo
  sed 's/^/- /' "$WORK/data"
  echo
  echo "| database | request | requests/s | p50 | p95 | p99 | non-2xx / socket errors | p95 ≤ 50 ms |"
  echo "|---|---|---|---|---|---|---|---|"
  cat "$WORK/table-load"
  echo
  echo "The first summary after seeding (\`from=$FIRST_DAY&to=$LAST_DAY&groupBy=district\`) sums each day of the year once"
  echo "(\`report_day\`, \`report_tally\`; the service's hourly job does the same for every past day):"
  echo
  echo "| database | first summary, closing the year's days |"
  echo "|---|---|"
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
