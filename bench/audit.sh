#!/usr/bin/env bash
# Audit benchmark: a store of a million events, then what auditors and operators do with it.
# 1. Cartlog on a new PostgreSQL database; real shopping through the API as templates
#    (checkouts, canceled orders, abandoned carts, customers) and one cart with 1,000 events;
# 2. Cartlog stopped; the template streams cloned (new ids, emails, event ids, 90 days of
#    timestamps, hash-chained) until the store holds EVENTS events;
# 3. Cartlog started again: rebuild of every projection, global-feed paging, NDJSON export,
#    time travel on the 1,000-event cart, and verification of every hash chain. Prints the figures.
#   bench/audit.sh                  # 1,000,000 events
#   EVENTS=200000 bench/audit.sh
#   KEEP_DB=1 DB=cartlog_bench_1m bench/audit.sh             # keeps the store; a second run measures it again
#   STEPS=rebuild,export PROJECTIONS=cart-view bench/audit.sh  # some of: rebuild feed export time-travel verify
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-9302}
PG=${BENCH_PG:-127.0.0.1:5432}
DB=${DB:-cartlog_bench_audit_$$}
RESULTS=bench/results
mkdir -p "$RESULTS"
LOG="$RESULTS/cartlog-$DB.log"

. bench/start-cartlog.sh
# Cartlog's own libraries (JDBC driver, Jackson, Axon, the hash chain) for the benchmark program.
LIBS=$(mktemp -d)
(cd "$LIBS" && unzip -q "$OLDPWD/app/target/cartlog.jar" 'BOOT-INF/lib/*')
run() { java -cp "$LIBS/BOOT-INF/lib/*" bench/AuditHistory.java "$@"; }

echo "Cartlog $(git rev-parse --short HEAD 2>/dev/null || echo '?') on PostgreSQL, $(nproc) cores"
BIG_CART_FILE="$RESULTS/$DB.big-cart"
if [ -n "$REUSED_DB" ] && [ -f "$BIG_CART_FILE" ]; then
  echo "Measuring the kept store $DB again"
else
  echo "Shopping through the API for templates and the 1,000-event cart ..."
  run templates "$BASE" "$ADMIN_KEY" "$PUBLISHABLE_KEY" | tail -n 1 >"$BIG_CART_FILE"
  kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
  APP_PID=
  run generate "jdbc:postgresql://$PG/$DB?reWriteBatchedInserts=true" "${EVENTS:-1000000}"
  start_cartlog
fi
STEPS=${STEPS:-rebuild,feed,export,time-travel,verify} PROJECTIONS=${PROJECTIONS:-} \
  run measure "$BASE" "$ADMIN_KEY" "$(cat "$BIG_CART_FILE")"
rm -rf "$LIBS"
