// The storefront's catalog calls through Medusa's official JS SDK, unchanged.
import { test } from "node:test"
import assert from "node:assert/strict"
import { sdk } from "./sdk.mjs"

test("regions list the demo's euro and dollar regions with their countries", async () => {
  const { regions, count } = await sdk.store.region.list()
  assert.equal(count, regions.length)
  const europe = regions.find((region) => region.currency_code === "eur")
  assert.ok(europe, "a euro region")
  assert.deepEqual(europe.countries.map((country) => country.iso_2).sort(), ["de", "fr", "ro"])
  const { region } = await sdk.store.region.retrieve(europe.id)
  assert.equal(region.name, europe.name)
})

test("products of a region carry a calculated price in its currency", async () => {
  const { regions } = await sdk.store.region.list()
  const europe = regions.find((region) => region.currency_code === "eur")
  const { products, count, limit } = await sdk.store.product.list({ region_id: europe.id, limit: 5 })
  assert.equal(limit, 5)
  assert.equal(products.length, 5)
  assert.ok(count >= 20)
  for (const product of products) {
    assert.equal(product.status, "published")
    for (const variant of product.variants) {
      assert.equal(variant.calculated_price.currency_code, "eur")
      assert.ok(Number.isInteger(variant.calculated_price.calculated_amount))
    }
  }
  const { product } = await sdk.store.product.retrieve(products[0].id, { region_id: europe.id })
  assert.equal(product.handle, products[0].handle)
})

test("categories and collections navigate the catalog", async () => {
  const { product_categories } = await sdk.store.category.list()
  const shirts = product_categories.find((category) => category.handle === "shirts")
  assert.ok(shirts, "the demo's shirts category")
  const { products } = await sdk.store.product.list({ category_id: [shirts.id] })
  assert.ok(products.length > 0)
  const { collections } = await sdk.store.collection.list()
  assert.ok(collections.some((collection) => collection.handle === "essentials"))
})

test("a missing publishable key is refused as Medusa refuses it", async () => {
  const response = await fetch(`${process.env.CARTLOG_URL}/store/products`)
  assert.equal(response.status, 400)
  assert.equal((await response.json()).type, "not_allowed")
})
