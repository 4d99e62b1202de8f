// The whole storefront checkout through Medusa's official JS SDK, unchanged: cart, address,
// shipping, payment with the system provider or Stripe, completion. Stripe is the tests' local
// Stripe-compatible server, where the shopper's card confirmation has already happened.
import { test } from "node:test"
import assert from "node:assert/strict"
import { sdk } from "./sdk.mjs"

async function readyCart(email, providerId) {
  const { regions } = await sdk.store.region.list()
  const europe = regions.find((region) => region.currency_code === "eur")
  const { products } = await sdk.store.product.list({ region_id: europe.id, handle: "classic-t-shirt" })
  let { cart } = await sdk.store.cart.create({
    region_id: europe.id,
    email,
    items: [{ variant_id: products[0].variants[0].id, quantity: 2 }],
  })
  ;({ cart } = await sdk.store.cart.update(cart.id, {
    shipping_address: {
      first_name: "Grace", last_name: "Hopper", address_1: "Karl-Marx-Allee 1",
      city: "Berlin", postal_code: "10178", country_code: "de",
    },
  }))
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
  ;({ cart } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: shipping_options[0].id }))
  const { payment_collection } = await sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId })
  return { cart, session: payment_collection.payment_sessions[0] }
}

test("a shopper checks out and gets an order; completing again answers the same order", async () => {
  const { cart } = await readyCart("grace@example.test", "pp_system_default")

  const completed = await sdk.store.cart.complete(cart.id)

  assert.equal(completed.type, "order")
  assert.match(completed.order.id, /^order_/)
  assert.equal(completed.order.total, cart.total)
  assert.equal(completed.order.items[0].quantity, 2)
  assert.equal(completed.order.email, "grace@example.test")

  const again = await sdk.store.cart.complete(cart.id)
  assert.equal(again.type, "order")
  assert.equal(again.order.id, completed.order.id)

  const { order } = await sdk.store.order.retrieve(completed.order.id)
  assert.equal(order.id, completed.order.id)
  assert.equal(order.display_id, completed.order.display_id)
})

test("a shopper pays with Stripe: the session hands out the PaymentIntent's client secret, completion places the order", async () => {
  const { cart, session } = await readyCart("katherine@example.test", "pp_stripe_stripe")
  assert.equal(session.provider_id, "pp_stripe_stripe")
  assert.match(session.data.client_secret, /^pi_.+_secret_/)

  const completed = await sdk.store.cart.complete(cart.id)

  assert.equal(completed.type, "order")
  assert.equal(completed.order.total, cart.total)
  assert.equal(completed.order.payment_collections[0].payment_sessions[0].provider_id, "pp_stripe_stripe")
  assert.equal(completed.order.payment_collections[0].authorized_amount, cart.total)
})
