#!/usr/bin/env bash
# Seeds a catalog like the Medusa reference measurements: a EUR region and N published t-shirts
# in sizes S, M and L, through the admin API. Prints the region id. bench/run.sh uses it; alone:
#   CARTLOG_URL=http://localhost:9000 CARTLOG_ADMIN_API_KEY=sk_… bench/seed-catalog.sh [products]
set -euo pipefail
url=${CARTLOG_URL:-http://localhost:9000}
auth="Authorization: Bearer ${CARTLOG_ADMIN_API_KEY:?set CARTLOG_ADMIN_API_KEY}"
products=${1:-50}

post() {
  curl -sf -X POST "$url$1" -H "$auth" -H 'Content-Type: application/json' -d "$2"
}

region=$(post /admin/regions '{"name":"Europe","currency_code":"eur","countries":["de","fr","it"]}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["region"]["id"])')

for i in $(seq 1 "$products"); do
  post /admin/products "$(cat <<JSON
{"title": "Classic T-Shirt $i", "subtitle": "T-Shirt no. $i", "status": "published",
 "description": "The classic t-shirt $i: a seeded product for peer measurements.",
 "thumbnail": "https://example.invalid/img/classic-t-shirt-$i.png", "weight": 400,
 "images": [{"url": "https://example.invalid/img/classic-t-shirt-$i.png"}],
 "options": [{"title": "Size", "values": ["S", "M", "L"]}],
 "variants": [
  {"title": "S", "sku": "CLASSIC-T-SHIRT-$i-S", "options": {"Size": "S"}, "inventory_quantity": 100,
   "prices": [{"currency_code": "eur", "amount": 1000}, {"currency_code": "usd", "amount": 1200}]},
  {"title": "M", "sku": "CLASSIC-T-SHIRT-$i-M", "options": {"Size": "M"}, "inventory_quantity": 100,
   "prices": [{"currency_code": "eur", "amount": 1100}, {"currency_code": "usd", "amount": 1300}]},
  {"title": "L", "sku": "CLASSIC-T-SHIRT-$i-L", "options": {"Size": "L"}, "inventory_quantity": 100,
   "prices": [{"currency_code": "eur", "amount": 1200}, {"currency_code": "usd", "amount": 1400}]}]}
JSON
)" > /dev/null
done
echo "$region"
