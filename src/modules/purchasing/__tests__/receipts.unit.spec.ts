import { formatPurchaseOrderNumber, planReceipt, statusAfterReceipt } from "../utils/receipts"

const lines = [
  { id: "pol_a", inventory_item_id: "iitem_a", quantity_ordered: 10, quantity_received: 0 },
  { id: "pol_b", inventory_item_id: "iitem_b", quantity_ordered: 5, quantity_received: 3 },
]

describe("planReceipt", () => {
  it("books lines by line id or inventory item id and says partially received", () => {
    const plan = planReceipt("ordered", lines, [
      { line_id: "pol_a", quantity: 4 },
      { inventory_item_id: "iitem_b", quantity: 2 },
    ])
    expect(plan.lines).toEqual([
      { line_id: "pol_a", inventory_item_id: "iitem_a", quantity: 4, expected_quantity: 4 },
      { line_id: "pol_b", inventory_item_id: "iitem_b", quantity: 2, expected_quantity: 2 },
    ])
    expect(plan.status).toEqual("partially_received")
  })

  it("says received when every line is complete", () => {
    const plan = planReceipt("partially_received", lines, [
      { line_id: "pol_a", quantity: 10 },
      { line_id: "pol_b", quantity: 2 },
    ])
    expect(plan.status).toEqual("received")
  })

  it("refuses more than is still expected, unless over-receipt is allowed", () => {
    expect(() => planReceipt("ordered", lines, [{ line_id: "pol_b", quantity: 3 }])).toThrow(
      /3 is more than the 2 still expected/
    )
    const plan = planReceipt("ordered", lines, [{ line_id: "pol_b", quantity: 3 }], true)
    expect(plan.lines[0]).toMatchObject({ quantity: 3, expected_quantity: 2 })
  })

  it("refuses unknown lines, duplicates and non-positive quantities, all at once", () => {
    expect(() =>
      planReceipt("ordered", lines, [
        { line_id: "pol_x", quantity: 1 },
        { line_id: "pol_a", quantity: 1 },
        { inventory_item_id: "iitem_a", quantity: 1 },
        { line_id: "pol_b", quantity: 0 },
      ])
    ).toThrow(/pol_x is not a line.*iitem_a is listed more than once.*pol_b: quantity must be a positive integer/)
  })

  it("refuses orders that are not ordered yet or already closed", () => {
    for (const status of ["draft", "received", "canceled"] as const) {
      expect(() => planReceipt(status, lines, [{ line_id: "pol_a", quantity: 1 }])).toThrow(/cannot be received/)
    }
    expect(() => planReceipt("ordered", lines, [])).toThrow(/Nothing to receive/)
  })
})

describe("statusAfterReceipt / formatPurchaseOrderNumber", () => {
  it("counts over-received lines as complete", () => {
    expect(statusAfterReceipt([{ ...lines[0], quantity_received: 12 }])).toEqual("received")
    expect(statusAfterReceipt(lines)).toEqual("partially_received")
  })

  it("pads the display number", () => {
    expect(formatPurchaseOrderNumber(123)).toEqual("PO-000123")
  })
})
