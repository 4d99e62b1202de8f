// Customer accounts through Medusa's official JS SDK, unchanged: register, create the customer,
// log in, read and change the profile and address book, shop as the customer, log out.
import { test } from "node:test"
import assert from "node:assert/strict"
import { newSdk } from "./sdk.mjs"

test("a shopper registers, logs in, keeps an address book and shops as a customer", async () => {
  const sdk = newSdk()
  const email = `grace-${Date.now()}@example.test`

  await sdk.auth.register("customer", "emailpass", { email, password: "correct horse" })
  const { customer } = await sdk.store.customer.create({ email, first_name: "Grace", last_name: "Hopper" })
  assert.match(customer.id, /^cus_/)
  assert.equal(customer.email, email)
  assert.equal(customer.has_account, true)

  await sdk.auth.login("customer", "emailpass", { email, password: "correct horse" })
  const { customer: me } = await sdk.store.customer.retrieve()
  assert.equal(me.id, customer.id)

  const { customer: updated } = await sdk.store.customer.update({ phone: "+4930123456" })
  assert.equal(updated.phone, "+4930123456")
  const { customer: withAddress } = await sdk.store.customer.createAddress({
    first_name: "Grace", last_name: "Hopper", address_1: "Karl-Marx-Allee 1", city: "Berlin",
    postal_code: "10178", country_code: "de", is_default_shipping: true,
  })
  assert.equal(withAddress.addresses.length, 1)
  assert.equal(withAddress.default_shipping_address_id, withAddress.addresses[0].id)
  const { addresses } = await sdk.store.customer.listAddress()
  assert.equal(addresses[0].city, "Berlin")

  const { regions } = await sdk.store.region.list()
  const { cart } = await sdk.store.cart.create({ region_id: regions[0].id })
  assert.equal(cart.customer_id, customer.id)
  assert.equal(cart.email, email)

  await sdk.auth.logout()
  await assert.rejects(sdk.store.customer.retrieve(), (error) => error.status === 401)
  await assert.rejects(sdk.auth.login("customer", "emailpass", { email, password: "wrong horse" }),
    (error) => error.status === 401)
})
