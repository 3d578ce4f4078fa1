# Shared by bench/run.sh, bench/profile.sh and bench/scale.sh: the packaged service (and bench/bare's application)
# kept aside, started and stopped on loopback, and curl as the service's users. Expects WORK, PORT, ADMIN_PASSWORD and
# USER_PASSWORD; run from the repository's root.

# The JVM flags every application here is started with, the same for the service and the bare application.
JVM_FLAGS=${JVM_FLAGS:--Xmx2g}

SERVICE_PID=
cleanup() { [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null || true; }
trap cleanup EXIT

admin() { curl -sf -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' "$@"; }

auth() { printf 'Authorization: Basic %s' "$(printf '%s:%s' "$1" "$USER_PASSWORD" | base64 -w0)"; }

build() { # build <name> [maven args]: the packaged service, kept aside as $WORK/<name>-app
  local name=$1; shift
  ./mvnw -q -B -DskipTests "$@" package
  rm -rf "$WORK/$name-app"; cp -r target/quarkus-app "$WORK/$name-app"
}

build_bare() { # build_bare <name> [maven args]: the bare application of bench/bare, kept aside as $WORK/<name>-app
  local name=$1; shift
  ./mvnw -q -B -DskipTests -f bench/bare/pom.xml "$@" package
  rm -rf "$WORK/$name-app"; cp -r bench/bare/target/quarkus-app "$WORK/$name-app"
}

start() { # start <name> [env...]: $WORK/<name>-app in $WORK/<name>-run; READY_MS is the time from launch to ready, at
  # most START_SECONDS (120)
  local name=$1; shift
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/"; then
    echo "something already answers on port $PORT (PORT=... picks another)" >&2; exit 1
  fi
  mkdir -p "$WORK/$name-run"
  local launched now
  launched=$(date +%s%N)
  # shellcheck disable=SC2086 # JVM_FLAGS is a list of flags
  (cd "$WORK/$name-run" && exec env CLEARWAY_ADMIN_PASSWORD=$ADMIN_PASSWORD "$@" \
     java $JVM_FLAGS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dquarkus.log.level=WARN \
     -jar "$WORK/$name-app/quarkus-run.jar" >> "$WORK/$name-run/service.log" 2>&1) &
  SERVICE_PID=$!
  while :; do # every 50 ms
    if curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/q/health/ready"; then
      now=$(date +%s%N); READY_MS=$(( (now - launched) / 1000000 )); return 0
    fi
    kill -0 "$SERVICE_PID" 2>/dev/null || { wait "$SERVICE_PID" || echo "$name exited with status $?" >&2; break; }
    [ $(( ($(date +%s%N) - launched) / 1000000 )) -lt $(( ${START_SECONDS:-120} * 1000 )) ] || break
    sleep 0.05
  done
  echo "$name did not start; see $WORK/$name-run/service.log" >&2; exit 1
}

median() { # median <number>...
  printf '%s\n' "$@" | sort -g | awk '{ t[NR] = $1 } END { print (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'
}

rss_kb() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$SERVICE_PID/status"; } # rss_kb VmRSS|VmHWM: the started one's, in kB

stop() {
  kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/q/health" || return 0
    sleep 0.5
  done
  echo "something still answers on port $PORT" >&2; exit 1
}

seed() { # (bench/run.sh, bench/profile.sh) a district, a lot with room for everything, an inspector and a clerk, the tariff; then 200 cars in the lot
  admin "$BASE/districts" -d '{"code":"BNC01","name":"Bench district"}' > /dev/null
  admin "$BASE/impound-lots" -d '{"code":"BENCH-LOT","name":"Bench lot","districtCode":"BNC01","address":"Loopback","capacity":100000}' > /dev/null
  admin "$BASE/users" -d '{"username":"bench-inspector","password":"'$USER_PASSWORD'","roles":["INSPECTOR"],"districtCode":"BNC01"}' > /dev/null
  admin "$BASE/users" -d '{"username":"bench-clerk","password":"'$USER_PASSWORD'","roles":["CLERK"],"lotCode":"BENCH-LOT"}' > /dev/null
  admin "$BASE/tariffs" -d '{"fines":{"SIDEWALK_PARKING":2000000,"CROSSWALK_BLOCKING":3000000,"RAMP_BLOCKING":5000000,
    "DRIVEWAY_BLOCKING":2000000,"DOUBLE_PARKING":1500000,"VENDOR_OCCUPATION":4000000,"FIRE_ACCESS_BLOCKING":8000000},
    "towFees":{"MOTORCYCLE":1500000,"CAR":3500000,"PICKUP":5000000,"HEAVY":12000000},
    "storagePerDay":{"MOTORCYCLE":250000,"CAR":500000,"PICKUP":750000,"HEAVY":2000000},
    "storageGraceHours":2,"vatPercent":10}' > /dev/null
  : > "$WORK/impounds"
  for i in $(seq 1 200); do
    local id
    id=$(curl -sf -u "bench-inspector:$USER_PASSWORD" -H 'Content-Type: application/json' "$BASE/violations" \
      -d '{"plate":"'$((10 + i % 90))' ب '$((100 + i))' ایران 15","vehicleClass":"CAR","violationType":"SIDEWALK_PARKING","districtCode":"BNC01","location":{"lat":38.07,"lon":46.28},"observedAt":"2026-01-01T10:00:00+03:30"}' \
      | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
    curl -sf -u "bench-inspector:$USER_PASSWORD" -H 'Content-Type: application/json' "$BASE/violations/$id/impound" \
      -d '{"lotCode":"BENCH-LOT"}' | sed -n 's/^{"id":"\([^"]*\)".*/\1/p' >> "$WORK/impounds"
    echo >> "$WORK/impounds"
  done
}
