# Shared by bench/run.sh and bench/scale.sh: the packaged service kept aside, started and stopped on loopback, and
# curl as its users. Expects WORK, PORT, ADMIN_PASSWORD and USER_PASSWORD; run from the repository's root.

SERVICE_PID=
cleanup() { [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null || true; }
trap cleanup EXIT

admin() { curl -sf -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' "$@"; }

auth() { printf 'Authorization: Basic %s' "$(printf '%s:%s' "$1" "$USER_PASSWORD" | base64 -w0)"; }

build() { # build <name> [maven args]: the packaged service, kept aside
  local name=$1; shift
  ./mvnw -q -B -DskipTests "$@" package
  rm -rf "$WORK/$name-app"; cp -r target/quarkus-app "$WORK/$name-app"
}

start() { # start <name> [env...]: waits up to START_SECONDS (120) for readiness
  local name=$1; shift
  mkdir -p "$WORK/$name-run"
  (cd "$WORK/$name-run" && exec env CLEARWAY_ADMIN_PASSWORD=$ADMIN_PASSWORD "$@" \
     java -Xmx2g -Dquarkus.http.port="$PORT" -Dquarkus.log.level=WARN -jar "$WORK/$name-app/quarkus-run.jar" \
     >> "$WORK/$name-run/service.log" 2>&1) &
  SERVICE_PID=$!
  for _ in $(seq 1 $(( ${START_SECONDS:-120} * 2 ))); do
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || { wait "$SERVICE_PID" || echo "the service exited with status $?" >&2; break; }
    sleep 0.5
  done
  echo "service did not start; see $WORK/$name-run/service.log" >&2; exit 1
}

stop() {
  kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/q/health" || return 0
    sleep 0.5
  done
  echo "something still answers on port $PORT" >&2; exit 1
}
