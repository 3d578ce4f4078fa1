#!/usr/bin/env bash
# A Keycloak on loopback with the realm of keycloak/clearway-realm.json, for KeycloakIT.
#
#   .ci/keycloak.sh start   downloads Keycloak through Maven (or takes it from ~/.m2), starts it on
#                           http://127.0.0.1:8180 with the realm imported, and waits until it is ready
#   .ci/keycloak.sh stop    stops the Keycloak this script started
#
# Everything lives under target/keycloak: the server, its database, its log, its pid, and the password of its
# bootstrap administrator, made up at random on the first start (KeycloakIT reads it from there).
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=26.7.3
PORT=8180
URL="http://127.0.0.1:$PORT"
HOME_DIR=target/keycloak
SERVER="$HOME_DIR/keycloak-$VERSION"
PID_FILE="$HOME_DIR/pid"

start() {
  if [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2> /dev/null; then
    echo "Keycloak is already running at $URL"
    return
  fi
  mkdir -p "$HOME_DIR"
  if [ ! -x "$SERVER/bin/kc.sh" ]; then
    ./mvnw -B -ntp -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" \
      -DoutputDirectory="$HOME_DIR"
    unzip -q -o "$HOME_DIR/keycloak-quarkus-dist-$VERSION.zip" -d "$HOME_DIR"
    rm "$HOME_DIR/keycloak-quarkus-dist-$VERSION.zip"
  fi
  mkdir -p "$SERVER/data/import"
  cp keycloak/clearway-realm.json "$SERVER/data/import/"
  if [ ! -f "$HOME_DIR/admin-password" ]; then
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$HOME_DIR/admin-password")
  fi
  # The bootstrap administrator is created on the first start only; later starts keep the database's.
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$(cat "$HOME_DIR/admin-password")" \
    setsid "$SERVER/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port=$PORT --import-realm \
    > "$HOME_DIR/keycloak.log" 2>&1 < /dev/null &
  echo $! > "$PID_FILE"
  # The first start builds Keycloak's own Quarkus application: about 100 s on a small machine.
  for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null "$URL/realms/clearway/.well-known/openid-configuration" 2> /dev/null; then
      echo "Keycloak is ready at $URL"
      return
    fi
    if ! kill -0 "$(cat "$PID_FILE")" 2> /dev/null; then
      echo "Keycloak stopped while starting; its log:" >&2
      tail -50 "$HOME_DIR/keycloak.log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "Keycloak was not ready within 300 s; its log:" >&2
  tail -50 "$HOME_DIR/keycloak.log" >&2
  stop
  exit 1
}

stop() {
  if [ ! -f "$PID_FILE" ]; then
    return
  fi
  local pid
  pid="$(cat "$PID_FILE")"
  # kc.sh runs Java as its child; setsid made it a session and process group of its own.
  kill -TERM -- "-$pid" 2> /dev/null || true
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2> /dev/null || break
    sleep 1
  done
  kill -KILL -- "-$pid" 2> /dev/null || true
  rm -f "$PID_FILE"
  echo "Keycloak stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
