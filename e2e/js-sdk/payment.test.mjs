// A storefront's payment step through Medusa's official JS SDK, unchanged.
import { test } from "node:test"
import assert from "node:assert/strict"
import { sdk } from "./sdk.mjs"

test("a shopper picks the system payment provider and the cart shows the session", async () => {
  const { regions } = await sdk.store.region.list()
  const europe = regions.find((region) => region.currency_code === "eur")
  const { products } = await sdk.store.product.list({ region_id: europe.id, handle: "classic-t-shirt" })
  let { cart } = await sdk.store.cart.create({
    region_id: europe.id,
    items: [{ variant_id: products[0].variants[0].id, quantity: 1 }],
  })

  const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: europe.id })
  assert.ok(payment_providers.some((provider) => provider.id === "pp_system_default"))

  const { payment_collection } = await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" })
  assert.equal(payment_collection.amount, cart.total)
  assert.equal(payment_collection.payment_sessions.length, 1)
  assert.equal(payment_collection.payment_sessions[0].provider_id, "pp_system_default")

  ;({ cart } = await sdk.store.cart.retrieve(cart.id))
  assert.equal(cart.payment_collection.id, payment_collection.id)
  assert.deepEqual(cart.payment_collection.payment_sessions, payment_collection.payment_sessions)

  // Initiating again reuses the cart's collection and replaces its session.
  const { payment_collection: again } = await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" })
  assert.equal(again.id, payment_collection.id)
  assert.equal(again.payment_sessions.length, 1)
})
