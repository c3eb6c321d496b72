import { resolveLineCosts } from "../utils/costs"
import { groupSuggestionsBySupplier } from "../utils/suggestions"

const option = (
  supplier_id: string,
  inventory_item_id: string,
  cost_price: string,
  is_preferred = false,
  currency_code = "eur"
) => ({
  supplier_id,
  inventory_item_id,
  cost_price,
  currency_code,
  is_preferred,
})

describe("groupSuggestionsBySupplier", () => {
  const options = [
    option("sup_a", "i1", "2.50", true),
    option("sup_b", "i1", "2.10"),
    option("sup_b", "i2", "7.00"),
    option("sup_a", "i3", "1.00"),
    option("sup_b", "i3", "1.20"),
  ]

  it("uses the preferred supplier, else the only one, else the one named", () => {
    const { orders, unresolved } = groupSuggestionsBySupplier(
      [
        { inventory_item_id: "i1", quantity: 10 },
        { inventory_item_id: "i2", quantity: 3 },
        { inventory_item_id: "i3", quantity: 4, supplier_id: "sup_b" },
      ],
      options
    )
    expect(unresolved).toEqual([])
    expect(orders).toEqual([
      {
        supplier_id: "sup_a",
        currency_code: "eur",
        lines: [{ inventory_item_id: "i1", quantity: 10, unit_cost: "2.5" }],
      },
      {
        supplier_id: "sup_b",
        currency_code: "eur",
        lines: [
          { inventory_item_id: "i2", quantity: 3, unit_cost: "7" },
          { inventory_item_id: "i3", quantity: 4, unit_cost: "1.2" },
        ],
      },
    ])
  })

  it("lists items it cannot place, with the reason", () => {
    const { unresolved } = groupSuggestionsBySupplier(
      [
        { inventory_item_id: "i3", quantity: 1 },
        { inventory_item_id: "i9", quantity: 1 },
        { inventory_item_id: "i2", quantity: 1, supplier_id: "sup_a" },
      ],
      options
    )
    expect(unresolved).toEqual([
      { inventory_item_id: "i3", reason: "ambiguous" },
      { inventory_item_id: "i9", reason: "no_supplier" },
      { inventory_item_id: "i2", reason: "not_supplied_by_supplier" },
    ])
  })

  it("adds up an item suggested twice for one supplier", () => {
    const { orders } = groupSuggestionsBySupplier(
      [
        { inventory_item_id: "i2", quantity: 1 },
        { inventory_item_id: "i2", quantity: 2 },
      ],
      options
    )
    expect(orders[0].lines).toEqual([{ inventory_item_id: "i2", quantity: 3, unit_cost: "7" }])
  })
})

describe("resolveLineCosts", () => {
  const costs = [{ inventory_item_id: "i1", cost_price: "2.5", currency_code: "eur" }]

  it("takes the supplier's cost when no unit_cost is given", () => {
    expect(
      resolveLineCosts(
        [
          { inventory_item_id: "i1", quantity: 2 },
          { inventory_item_id: "i2", quantity: 1, unit_cost: 4 },
        ],
        costs,
        "eur"
      )
    ).toEqual([
      { inventory_item_id: "i1", quantity_ordered: 2, unit_cost: "2.5" },
      { inventory_item_id: "i2", quantity_ordered: 1, unit_cost: "4" },
    ])
  })

  it("refuses duplicates, missing costs and a cost in another currency", () => {
    expect(() => resolveLineCosts([{ inventory_item_id: "i1", quantity: 1 }], costs, "usd")).toThrow(
      /in EUR, the order in USD/
    )
    expect(() =>
      resolveLineCosts(
        [
          { inventory_item_id: "i2", quantity: 1 },
          { inventory_item_id: "i1", quantity: 1 },
          { inventory_item_id: "i1", quantity: 1 },
        ],
        costs,
        "eur"
      )
    ).toThrow(/i2: no unit_cost.*i1 is listed more than once/)
  })
})
