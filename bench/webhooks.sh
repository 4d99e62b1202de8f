#!/usr/bin/env bash
# Webhook benchmark: starts Cartlog on PostgreSQL and runs bench/Webhooks.java against it:
# live delivery (events/s, deliveries/s, latency from commit to arrival p50/p99) with a healthy
# receiver, then with a second subscription's receiver down, then a replay of the whole history.
#   bench/webhooks.sh                       # 16 clients, 15 s per step
#   CLIENTS=32 SECONDS_PER_STEP=30 bench/webhooks.sh
#   REPLAYS=3 bench/webhooks.sh             # the replay step three times, each to a new subscription
#   WARM_UP=0 bench/webhooks.sh             # no unmeasured live step first (default 120 s)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-9301}
PG=${BENCH_PG:-127.0.0.1:5432}
DB=cartlog_bench_webhooks_$$
RESULTS=bench/results
mkdir -p "$RESULTS"
LOG="$RESULTS/cartlog-$DB.log"

export CARTLOG_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true
. bench/start-cartlog.sh
VARIANT_ID=$(curl -sf -X POST "$BASE/admin/products" -H "Authorization: Bearer $ADMIN_KEY" \
  -H 'Content-Type: application/json' -d '{"title": "Bench tee", "status": "published",
  "options": [{"title": "Size", "values": ["M"]}], "variants": [{"title": "M", "options": {"Size": "M"},
  "manage_inventory": false, "prices": [{"currency_code": "eur", "amount": 1000}]}]}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["product"]["variants"][0]["id"])')
[ -n "$VARIANT_ID" ] || { echo "Cartlog did not come up; see $LOG" >&2; exit 1; }

echo "Cartlog $(git rev-parse --short HEAD 2>/dev/null || echo '?') on PostgreSQL, $(nproc) cores"
java bench/Webhooks.java "$BASE" "$ADMIN_KEY" "$PUBLISHABLE_KEY" "$VARIANT_ID" "${CLIENTS:-16}" "${SECONDS_PER_STEP:-15}" "${REPLAYS:-1}" "${WARM_UP:-120}"
