import { resolveCounts } from "../utils/counts"
import { describeProblems, parseCount, parseCountsCsv } from "../utils/csv"

const lines = [
  { id: "stkl_1", inventory_item_id: "iitem_1", sku: "SHIRT-S" },
  { id: "stkl_2", inventory_item_id: "iitem_2", sku: "SHIRT-M" },
  { id: "stkl_3", inventory_item_id: "iitem_3", sku: null },
]

describe("parseCountsCsv", () => {
  it("parses a good file (any column order, CRLF, BOM, quotes, blank lines, extra columns)", () => {
    const csv = '\uFEFFcounted_quantity,SKU,note\r\n12,SHIRT-S,"top, shelf"\r\n\r\n0,"SHIRT-M",\r\n'
    const { rows, errors } = parseCountsCsv(csv)
    expect(errors).toEqual([])
    expect(rows).toEqual([
      { sku: "SHIRT-S", counted_quantity: 12, label: "line 2" },
      { sku: "SHIRT-M", counted_quantity: 0, label: "line 4" },
    ])
  })

  it("accepts inventory_item_id and semicolon-separated sheets", () => {
    const { rows, errors } = parseCountsCsv("inventory_item_id;counted_quantity\niitem_3;7\n")
    expect(errors).toEqual([])
    expect(rows).toEqual([{ inventory_item_id: "iitem_3", counted_quantity: 7, label: "line 2" }])
  })

  it("requires a header row", () => {
    const { rows, errors } = parseCountsCsv("SHIRT-S,12\nSHIRT-M,3\n")
    expect(rows).toEqual([])
    expect(errors).toEqual([{ label: "line 1", message: expect.stringMatching(/header row is missing/) }])
    expect(parseCountsCsv("sku,quantity\nSHIRT-S,1").errors[0].message).toMatch(/counted_quantity column/)
    expect(parseCountsCsv("  \n\n").errors[0].message).toMatch(/empty/)
    expect(parseCountsCsv("sku,counted_quantity\n").errors[0].message).toMatch(/no rows/)
  })

  it("reports every negative, non-integer and empty value with its line number", () => {
    const csv = "sku,counted_quantity\nSHIRT-S,-2\nSHIRT-M,1.5\nSHIRT-L,abc\nSHIRT-XL,\n,4\nOK,3\n"
    const { rows, errors } = parseCountsCsv(csv)
    expect(rows).toEqual([{ sku: "OK", counted_quantity: 3, label: "line 7" }])
    expect(errors).toEqual([
      { label: "line 2", message: "counted_quantity -2 is negative" },
      { label: "line 3", message: "counted_quantity 1.5 is not a whole number" },
      { label: "line 4", message: 'counted_quantity "abc" is not a number' },
      { label: "line 5", message: "counted_quantity is empty" },
      { label: "line 6", message: "sku is empty" },
    ])
    expect(describeProblems(errors, 2)).toEqual(
      "line 2: counted_quantity -2 is negative; line 3: counted_quantity 1.5 is not a whole number; and 3 more"
    )
  })

  it("flags unterminated quotes and repeated header columns", () => {
    expect(parseCountsCsv('sku,counted_quantity\n"SHIRT-S,1\n').errors).toEqual([
      { label: "line 2", message: "unterminated quoted value" },
    ])
    expect(parseCountsCsv("sku,sku,counted_quantity\nA,B,1").errors[0].message).toMatch(/appears twice/)
  })

  it("parses counts strictly", () => {
    expect(parseCount("10")).toBe(10)
    expect(parseCount("+3")).toBe(3)
    expect(parseCount("3.0")).toBe(3)
    expect(parseCount("1e3")).toMatch(/not a number/)
    expect(parseCount("2000000000")).toMatch(/too large/)
  })
})

describe("resolveCounts", () => {
  it("matches by sku or inventory item id", () => {
    const { counts, errors } = resolveCounts(
      [
        { sku: "SHIRT-S", counted_quantity: 4 },
        { inventory_item_id: "iitem_3", counted_quantity: 0 },
        { inventory_item_id: "iitem_2", sku: "SHIRT-M", counted_quantity: 9 },
      ],
      lines
    )
    expect(errors).toEqual([])
    expect(counts).toEqual([
      { line_id: "stkl_1", inventory_item_id: "iitem_1", counted_quantity: 4 },
      { line_id: "stkl_3", inventory_item_id: "iitem_3", counted_quantity: 0 },
      { line_id: "stkl_2", inventory_item_id: "iitem_2", counted_quantity: 9 },
    ])
  })

  it("reports unknown skus, unknown items, mismatches and duplicates with their line numbers", () => {
    const parsed = parseCountsCsv(
      "sku,inventory_item_id,counted_quantity\nSHIRT-S,,1\nNOPE,,2\n,iitem_9,3\nSHIRT-M,iitem_1,4\nSHIRT-S,,5\n,iitem_1,6\n"
    )
    expect(parsed.errors).toEqual([])
    const { errors } = resolveCounts(parsed.rows, lines)
    expect(errors).toEqual([
      { label: "line 3", message: 'unknown sku "NOPE"' },
      { label: "line 4", message: "inventory item iitem_9 is not part of this stocktake" },
      { label: "line 5", message: 'sku "SHIRT-M" does not belong to inventory item iitem_1' },
      { label: "line 6", message: "SHIRT-S is already counted at line 2" },
      { label: "line 7", message: "SHIRT-S is already counted at line 2" },
    ])
  })

  it("labels JSON counts by index and refuses ambiguous skus", () => {
    const { errors } = resolveCounts(
      [{ counted_quantity: 1 }, { sku: "DUP", counted_quantity: 1 }],
      [
        ...lines,
        { id: "stkl_4", inventory_item_id: "iitem_4", sku: "DUP" },
        { id: "stkl_5", inventory_item_id: "iitem_5", sku: "DUP" },
      ]
    )
    expect(errors).toEqual([
      { label: "counts[0]", message: "an inventory_item_id or a sku is required" },
      { label: "counts[1]", message: 'sku "DUP" matches several items: use inventory_item_id' },
    ])
  })
})
