#!/usr/bin/env bash
# Storefront benchmark: starts Cartlog on PostgreSQL (demo catalog seeded), drives it
# with wrk at 1, 8 and 32 connections (product reads, add-line-item round trips with
# read-your-writes over 64 carts, cart reads) and complete checkouts (bench/Checkout.java), and
# prints throughput, p50/p99 latency and peak RSS.
# Every measured path is warmed up first, in rounds, until the JIT has compiled what the load runs
# (a round compiles next to nothing, as jstat shows): on a slow 2-core machine that takes minutes,
# and code measured before runs several times slower.
#   bench/run.sh                                   # 10 s per step, 50 extra products
#   DURATION=30s WARMUP_MAX=900 BENCH_PRODUCTS=200 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
PORT=${BENCH_PORT:-9300}
PG=${BENCH_PG:-127.0.0.1:5432}
DB=cartlog_bench_$$
CONNECTIONS=${CONNECTIONS:-"1 8 32"}
RESULTS=bench/results
mkdir -p "$RESULTS"
LOG="$RESULTS/cartlog-$DB.log"

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
. bench/start-cartlog.sh
# The demo's 20 products plus a catalog like the Medusa reference measurements (3 variants each).
REGION_ID=$(CARTLOG_URL=$BASE CARTLOG_ADMIN_API_KEY=$ADMIN_KEY bench/seed-catalog.sh "${BENCH_PRODUCTS:-50}")
PRODUCT_ID=$(curl -sf "$BASE/store/products?limit=1" -H "x-publishable-api-key: $PUBLISHABLE_KEY" | sed -E 's/.*"products":\[\{"id":"([^"]+)".*/\1/')
[ -n "$REGION_ID" ] && [ -n "$PRODUCT_ID" ] || { echo "Cartlog did not come up; see $LOG" >&2; exit 1; }

run() {
  local name=$1 url=$2
  shift 2
  for c in $CONNECTIONS; do
    local threads=$(( c < 2 ? 1 : 2 ))
    local out
    out=$(wrk -t$threads -c$c -d"$DURATION" --latency -H "x-publishable-api-key: $PUBLISHABLE_KEY" "$@" "$url")
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx/ {print $4}' <<<"$out")
    printf '%-34s %5s %12s %10s %10s %8s %s\n' "$name" "$c" "$rps" "$p50" "$p99" "${errors:-0}" "$(${AFTER_STEP:-true})"
  done
}

# The cart view's lag (event created -> view committed), p50/p99 over the step's last 5-10 s.
cart_view_lag() {
  local p50 p99
  p50=$(lag_percentile 0.5)
  p99=$(lag_percentile 0.99)
  echo "cart-view lag p50 ${p50} ms, p99 ${p99} ms"
}
lag_percentile() {
  curl -sf -H "Authorization: Bearer $ADMIN_KEY" \
    "$BASE/actuator/metrics/cartlog.projection.lag.percentile?tag=processor:cart-view&tag=phi:$1" \
    | python3 -c 'import json,sys; print(round(json.load(sys.stdin)["measurements"][0]["value"] * 1000, 1))'
}

# Carts: a variant without inventory management (no stock limit) and 64 carts holding it.
store_post() {
  curl -sf -X POST "$BASE$1" -H "x-publishable-api-key: $PUBLISHABLE_KEY" -H 'Content-Type: application/json' -d "$2"
}
VARIANT_ID=$(curl -sf -X POST "$BASE/admin/products" -H "Authorization: Bearer $ADMIN_KEY" \
  -H 'Content-Type: application/json' -d '{"title": "Bench tee", "status": "published",
  "options": [{"title": "Size", "values": ["M"]}], "variants": [{"title": "M", "options": {"Size": "M"},
  "manage_inventory": false, "prices": [{"currency_code": "eur", "amount": 1000}]}]}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["product"]["variants"][0]["id"])')
CART_IDS=$(for _ in $(seq 1 64); do
  store_post /store/carts "{\"region_id\": \"$REGION_ID\", \"items\": [{\"variant_id\": \"$VARIANT_ID\", \"quantity\": 1}]}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["cart"]["id"])'
done | paste -sd, -)
export VARIANT_ID CART_IDS
# Checkout: the whole flow per client (cart, second item, address, shipping, payment, complete).
OPTION_ID=$(curl -sf -X POST "$BASE/admin/shipping-options" -H "Authorization: Bearer $ADMIN_KEY" \
  -H 'Content-Type: application/json' -d "{\"name\": \"Bench Shipping\", \"region_id\": \"$REGION_ID\",
  \"type\": {\"label\": \"Standard\", \"code\": \"standard\", \"description\": \"Bench\"}, \"amount\": 500}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["shipping_option"]["id"])')
checkout() {
  java bench/Checkout.java "$BASE" "$PUBLISHABLE_KEY" "$REGION_ID" "$VARIANT_ID" "$OPTION_ID" "$1" "$2"
}

# Warm-up rounds of every measured path until a round makes the JIT compile fewer than
# WARMUP_COMPILES methods (or WARMUP_MAX seconds have passed); a fixed 30 s left most of the cart
# path interpreted or in C1. (The length of the C2 queue is no sign: it drops stale tasks as soon
# as the load pauses.)
compiled() { jstat -compiler "$APP_PID" | awk 'NR == 2 {print $1}'; }
warm_up() {
  local started=$SECONDS before after
  while :; do
    before=$(compiled)
    wrk -t2 -c32 -d5s -H "x-publishable-api-key: $PUBLISHABLE_KEY" "$BASE/store/products?limit=20&region_id=$REGION_ID" >/dev/null
    wrk -t2 -c32 -d5s -H "x-publishable-api-key: $PUBLISHABLE_KEY" "$BASE/store/products/$PRODUCT_ID?region_id=$REGION_ID" >/dev/null
    wrk -t2 -c32 -d10s -H "x-publishable-api-key: $PUBLISHABLE_KEY" -s bench/add-line-item.lua "$BASE" >/dev/null
    wrk -t2 -c32 -d5s -H "x-publishable-api-key: $PUBLISHABLE_KEY" "$BASE/store/carts/${CART_IDS%%,*}" >/dev/null
    checkout 8 10 >/dev/null
    after=$(compiled)
    if [ $((after - before)) -lt "${WARMUP_COMPILES:-100}" ] || [ $((SECONDS - started)) -ge "${WARMUP_MAX:-600}" ]; then
      echo "warm-up: $((SECONDS - started)) s; its last round had the JIT compile $((after - before)) methods"
      return
    fi
  done
}
warm_up

echo "Cartlog $(git rev-parse --short HEAD 2>/dev/null || echo '?') on PostgreSQL, $(nproc) cores, wrk $DURATION per step"
printf '%-34s %5s %12s %10s %10s %8s\n' scenario conns "req/s" p50 p99 non-2xx
run "GET /store/products?limit=20" "$BASE/store/products?limit=20&region_id=$REGION_ID"
run "GET /store/products/{id}" "$BASE/store/products/$PRODUCT_ID?region_id=$REGION_ID"
AFTER_STEP=cart_view_lag run "POST /store/carts/{id}/line-items" "$BASE" -s bench/add-line-item.lua
run "GET /store/carts/{id}" "$BASE/store/carts/${CART_IDS%%,*}"
for c in $CONNECTIONS; do
  checkout "$c" "${DURATION%s}"
done
echo "peak RSS of the Cartlog process: $(awk '/VmHWM/ {printf "%d MiB", $2/1024}' /proc/$APP_PID/status)"
