// A storefront's whole cart flow through Medusa's official JS SDK, unchanged.
import { test } from "node:test"
import assert from "node:assert/strict"
import { sdk } from "./sdk.mjs"

test("a shopper fills a cart, applies SUMMER25, ships it, and the totals add up", async () => {
  const { regions } = await sdk.store.region.list()
  const europe = regions.find((region) => region.currency_code === "eur")
  const { products } = await sdk.store.product.list({ region_id: europe.id, handle: "classic-t-shirt" })
  const [small, medium] = products[0].variants

  let { cart } = await sdk.store.cart.create({ region_id: europe.id, email: "sdk@example.test" })
  assert.equal(cart.currency_code, "eur")
  ;({ cart } = await sdk.store.cart.createLineItem(cart.id, { variant_id: small.id, quantity: 2 }))
  ;({ cart } = await sdk.store.cart.createLineItem(cart.id, { variant_id: medium.id, quantity: 1 }))
  assert.equal(cart.items.length, 2)
  const mediumLine = cart.items.find((item) => item.variant_id === medium.id)
  ;({ cart } = await sdk.store.cart.updateLineItem(cart.id, mediumLine.id, { quantity: 3 }))
  const { deleted, parent } = await sdk.store.cart.deleteLineItem(cart.id, mediumLine.id)
  assert.equal(deleted, true)
  assert.equal(parent.items.length, 1)

  ;({ cart } = await sdk.store.cart.update(cart.id, {
    promo_codes: ["SUMMER25"],
    shipping_address: { first_name: "Ada", last_name: "Lovelace", address_1: "Unter den Linden 1",
      city: "Berlin", country_code: "de", postal_code: "10117" },
  }))
  assert.equal(cart.shipping_address.city, "Berlin")
  assert.equal(cart.shipping_address.address_1, "Unter den Linden 1")
  assert.equal(cart.promotions[0].code, "SUMMER25")

  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
  const standard = shipping_options.find((option) => option.name === "Standard Shipping")
  ;({ cart } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: standard.id }))
  assert.equal(cart.shipping_methods.length, 1)

  const itemTotals = cart.items.reduce((sum, item) => sum + item.total, 0)
  assert.equal(cart.total, itemTotals + cart.shipping_total)
  assert.equal(cart.discount_total, Math.round(2 * small.calculated_price.calculated_amount / 4))

  const { cart: read } = await sdk.store.cart.retrieve(cart.id)
  assert.deepEqual(read, cart)
})
