# Sourced by the benchmarks: creates a new PostgreSQL database (dropped again on exit) and starts
# Cartlog (app/target/cartlog.jar, built if missing) on it, waiting until it serves the demo
# catalog; start_cartlog starts it again after a stop.
# Reads PORT, PG, DB, LOG and any CARTLOG_* already exported; sets ADMIN_KEY, PUBLISHABLE_KEY,
# BASE and APP_PID. With KEEP_DB=1 the database is kept on exit and
# reused if it exists (REUSED_DB=1).
[ -f app/target/cartlog.jar ] || mvn -B -q -DskipTests package

db_exists() {
  [ "$(psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" = 1 ]
}
REUSED_DB=
if [ "${KEEP_DB:-}" = 1 ] && db_exists; then
  REUSED_DB=1
else
  psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -qc "CREATE DATABASE $DB"
fi
DATA_DIR=$(mktemp -d)
cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ "${KEEP_DB:-}" = 1 ] || psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT

ADMIN_KEY=sk_bench
PUBLISHABLE_KEY=pk_bench
BASE=http://127.0.0.1:$PORT

start_cartlog() {
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PG/$DB" SPRING_DATASOURCE_USERNAME=postgres \
    SERVER_PORT=$PORT CARTLOG_DATA_DIR="$DATA_DIR" CARTLOG_ADMIN_API_KEY=$ADMIN_KEY \
    CARTLOG_DEMO_PUBLISHABLE_KEY=$PUBLISHABLE_KEY \
    java ${JAVA_OPTS:-} -jar app/target/cartlog.jar >>"$LOG" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -sf "$BASE/store/products?limit=1" -H "x-publishable-api-key: $PUBLISHABLE_KEY" | grep -q '"count":[1-9]' && break
    sleep 1
  done
}

start_cartlog
