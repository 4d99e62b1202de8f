// The SDK as a storefront configures it: base URL and publishable key, nothing Cartlog-specific.
import Medusa from "@medusajs/js-sdk"

const baseUrl = process.env.CARTLOG_URL
const publishableKey = process.env.CARTLOG_PUBLISHABLE_KEY
if (!baseUrl || !publishableKey) {
  throw new Error("Set CARTLOG_URL and CARTLOG_PUBLISHABLE_KEY")
}

export const sdk = new Medusa({ baseUrl, publishableKey })

/** Another storefront's SDK, with its own login state: a customer's token never leaks into other tests. */
export function newSdk() {
  return new Medusa({ baseUrl, publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
}
