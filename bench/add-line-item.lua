-- wrk script: each request adds one unit of a variant to one of the prepared carts, round robin,
-- so 32 connections rarely contend for one cart and no line outgrows its variant's stock.
-- CARTS_FILE lists "cart_id variant_id" per line.
local carts = {}
for line in io.lines(os.getenv("CARTS_FILE")) do
  local cart, variant = line:match("^(%S+)%s+(%S+)$")
  carts[#carts + 1] = { cart = cart, body = '{"variant_id":"' .. variant .. '","quantity":1}' }
end

local counter = 0

function setup(thread)
  thread:set("thread_offset", counter)
  counter = counter + 1
end

thread_offset = 0 -- replaced per thread by setup()
local next_index = 0

request = function()
  next_index = next_index + 1
  local entry = carts[((next_index * 7 + thread_offset * 13) % #carts) + 1]
  return wrk.format("POST", "/store/carts/" .. entry.cart .. "/line-items",
    { ["Content-Type"] = "application/json" }, entry.body)
end
