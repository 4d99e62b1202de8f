-- wrk script: POST one of $VARIANT_ID to a random cart of $CART_IDS (comma-separated), so the
-- connections spread over many carts as shoppers do.
local carts = {}
for id in string.gmatch(os.getenv("CART_IDS"), "[^,]+") do
  carts[#carts + 1] = id
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"variant_id":"' .. os.getenv("VARIANT_ID") .. '","quantity":1}'

request = function()
  return wrk.format(nil, "/store/carts/" .. carts[math.random(#carts)] .. "/line-items")
end
