import path from "node:path"
import { cartFieldsForPromotionRefresh } from "../cart-fields"

describe("cartFieldsForPromotionRefresh", () => {
  it("is the field list Medusa's promotion refresh reads for itself", () => {
    // The package exports only its index; the list lives in dist/cart/utils/fields.
    const dist = path.dirname(require.resolve("@medusajs/core-flows"))
    const { cartFieldsForRefreshSteps } = require(path.join(dist, "cart", "utils", "fields.js"))
    expect(cartFieldsForRefreshSteps.length).toBeGreaterThan(10)
    expect([...cartFieldsForPromotionRefresh].sort()).toEqual([...cartFieldsForRefreshSteps].sort())
  })
})
