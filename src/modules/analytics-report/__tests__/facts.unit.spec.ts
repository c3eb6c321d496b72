import { BigNumber } from "@medusajs/framework/utils"
import {
  buildOrderFacts,
  coPurchaseDelta,
  coPurchasePairs,
  countsAsOrder,
  decimal,
  type SourceOrder,
} from "../utils/facts"
import { diffOrderFacts } from "../utils/reconcile"

const order = (over: Partial<SourceOrder> = {}): SourceOrder => ({
  id: "order_1",
  version: 2,
  display_id: 7,
  status: "pending",
  customer_id: "cus_1",
  region_id: "reg_eu",
  sales_channel_id: null,
  currency_code: "eur",
  created_at: "2026-11-01T23:30:00.000Z",
  canceled_at: null,
  item_subtotal: new BigNumber("100.10"),
  discount_subtotal: new BigNumber({ value: "10.01", precision: 20 } as any),
  shipping_subtotal: 5,
  tax_total: "18.1",
  total: new BigNumber("113.19"),
  items: [
    {
      id: "ordli_a",
      product_id: "prod_a",
      variant_id: "var_a",
      product_title: "Mug",
      variant_title: "Blue",
      variant_sku: "MUG-B",
      quantity: new BigNumber(2),
      subtotal: new BigNumber("60.06"),
      discount_subtotal: new BigNumber("6.006"),
      tax_total: "10",
      total: "64.054",
      detail: { return_received_quantity: new BigNumber(1) },
      adjustments: [{ promotion_id: "promo_1", code: "TEN", amount: new BigNumber("6.006") }],
    },
    {
      id: "ordli_b",
      product_id: "prod_b",
      variant_id: null,
      quantity: 1,
      subtotal: "40.04",
      discount_subtotal: "4.004",
      tax_total: "8.1",
      total: "44.136",
      detail: null,
      adjustments: [{ promotion_id: "promo_1", code: "TEN", amount: "4.004" }, null],
    },
  ],
  shipping_methods: [{ adjustments: [{ promotion_id: "promo_ship", code: "FREESHIP", amount: "5" }] }],
  promotions: [{ id: "promo_1", code: "TEN", campaign_id: "camp_1" }],
  payment_collections: [
    {
      payments: [
        {
          id: "pay_1",
          captures: [{ id: "capt_1", amount: new BigNumber("113.19"), created_at: "2026-11-02T08:00:00.000Z" }],
          refunds: [
            {
              id: "ref_1",
              amount: { value: "20.000000000000000001", precision: 20 } as any,
              created_at: "2026-11-03T22:59:59.000Z",
              refund_reason_id: "rr_1",
              refund_reason: { label: "Damaged" },
            },
          ],
        },
      ],
    },
  ],
  ...over,
})

describe("decimal", () => {
  it("keeps exact decimals of BigNumbers, raw values, strings and numbers", () => {
    expect(decimal(new BigNumber("0.1"))).toBe("0.1")
    expect(decimal({ value: "20.000000000000000001", precision: 20 })).toBe("20.000000000000000001")
    expect(decimal("1e-7")).toBe("0.0000001")
    expect(decimal(44.99)).toBe("44.99")
    expect(decimal(null)).toBe("0")
  })
})

describe("buildOrderFacts", () => {
  it("takes Medusa's totals and days the order in the store's time zone", () => {
    const utc = buildOrderFacts(order(), "UTC")
    expect(utc.order).toEqual(
      expect.objectContaining({
        order_id: "order_1",
        order_version: 2,
        day: "2026-11-01",
        region_id: "reg_eu",
        sales_channel_id: "",
        item_subtotal: "100.1",
        discount_total: "10.01",
        shipping_total: "5",
        tax_total: "18.1",
        total: "113.19",
        captured_total: "113.19",
        refunded_total: "20.000000000000000001",
        units: 3,
        returned_units: 1,
        is_canceled: false,
      })
    )
    expect(buildOrderFacts(order(), "Europe/Berlin").order.day).toBe("2026-11-02")
  })

  it("puts refunds and captures on their own day", () => {
    const berlin = buildOrderFacts(order(), "Europe/Berlin")
    expect(berlin.captures).toEqual([
      expect.objectContaining({ capture_id: "capt_1", payment_id: "pay_1", amount: "113.19", day: "2026-11-02" }),
    ])
    expect(berlin.refunds).toEqual([
      expect.objectContaining({
        refund_id: "ref_1",
        amount: "20.000000000000000001",
        reason_label: "Damaged",
        refund_reason_id: "rr_1",
        day: "2026-11-03",
        is_canceled_order: false,
      }),
    ])
    expect(buildOrderFacts(order(), "Asia/Tokyo").refunds[0].day).toBe("2026-11-04")
  })

  it("writes one line fact per item, '' for a missing variant", () => {
    const { lines } = buildOrderFacts(order(), "UTC")
    expect(lines).toEqual([
      expect.objectContaining({
        line_item_id: "ordli_a",
        variant_id: "var_a",
        quantity: 2,
        returned_quantity: 1,
        subtotal: "60.06",
        discount_total: "6.006",
        day: "2026-11-01",
      }),
      expect.objectContaining({
        line_item_id: "ordli_b",
        variant_id: "",
        quantity: 1,
        returned_quantity: 0,
        subtotal: "40.04",
      }),
    ])
  })

  it("sums each promotion's adjustments over items and shipping", () => {
    const { promotions } = buildOrderFacts(order(), "UTC")
    expect(promotions).toEqual([
      expect.objectContaining({
        promotion_id: "promo_1",
        code: "TEN",
        campaign_id: "camp_1",
        discount_total: "10.01",
        order_total: "113.19",
      }),
      expect.objectContaining({ promotion_id: "promo_ship", code: "FREESHIP", campaign_id: null, discount_total: "5" }),
    ])
  })

  it("marks every fact of a canceled order", () => {
    const f = buildOrderFacts(order({ status: "canceled", canceled_at: "2026-11-05T10:00:00Z" }), "UTC")
    expect(f.order.is_canceled).toBe(true)
    expect(f.order.canceled_at).toEqual(new Date("2026-11-05T10:00:00Z"))
    expect(f.lines.every((l) => l.is_canceled)).toBe(true)
    expect(f.refunds.every((r) => r.is_canceled_order)).toBe(true)
    expect(f.promotions.every((p) => p.is_canceled)).toBe(true)
  })

  it("is pure: the same state gives the same facts", () => {
    expect(buildOrderFacts(order(), "UTC")).toEqual(buildOrderFacts(order(), "UTC"))
  })

  it("copes with an order without items or payments", () => {
    const f = buildOrderFacts(
      order({ items: [], payment_collections: null, shipping_methods: undefined, total: 0 }),
      "UTC"
    )
    expect(f.order).toEqual(expect.objectContaining({ units: 0, captured_total: "0", refunded_total: "0", total: "0" }))
    expect(f.lines).toEqual([])
    expect(f.promotions).toEqual([])
  })

  it("does not count draft orders", () => {
    expect(countsAsOrder(order())).toBe(true)
    expect(countsAsOrder(order({ status: "draft" }))).toBe(false)
    expect(countsAsOrder(order({ is_draft_order: true }))).toBe(false)
  })
})

describe("co-purchase pairs", () => {
  const line = (product_id: string | null, quantity = 1, is_canceled = false) => ({ product_id, quantity, is_canceled })

  it("counts each ordered pair of distinct products once per order", () => {
    expect(coPurchasePairs([line("a"), line("b"), line("a"), line(null)]).map((p) => p.split("\u0000"))).toEqual([
      ["a", "b"],
      ["b", "a"],
    ])
    expect(coPurchasePairs([line("a"), line("b", 0)])).toEqual([])
    expect(coPurchasePairs([line("a", 1, true), line("b", 1, true)])).toEqual([])
  })

  it("diffs old and new pairs: unchanged state changes nothing", () => {
    const before = [coPurchasePairs([line("a"), line("b")])]
    expect(coPurchaseDelta(before, before)).toEqual([])
    // b replaced by c in an order edit
    expect(coPurchaseDelta(before, [coPurchasePairs([line("a"), line("c")])])).toEqual([
      ["a", "b", -1],
      ["a", "c", 1],
      ["b", "a", -1],
      ["c", "a", 1],
    ])
    // canceled: every pair goes
    expect(coPurchaseDelta(before, [[]])).toEqual([
      ["a", "b", -1],
      ["b", "a", -1],
    ])
  })
})

describe("diffOrderFacts", () => {
  it("finds nothing when stored facts match the source, whatever the number format", () => {
    const built = buildOrderFacts(order(), "UTC")
    const stored = JSON.parse(JSON.stringify(built))
    stored.order.total = "113.1900"
    expect(diffOrderFacts(stored, built)).toEqual([])
  })

  it("names what drifted", () => {
    const built = buildOrderFacts(order(), "UTC")
    const stored = JSON.parse(JSON.stringify(built))
    stored.order.total = "100"
    stored.refunds = []
    expect(diffOrderFacts(stored, built)).toEqual(["order.total: stored 100 != source 113.19", "refund ref_1: missing"])
    expect(diffOrderFacts(undefined, built)).toEqual(["facts missing"])
    expect(diffOrderFacts(stored, undefined)).toEqual(["order no longer in the source"])
  })
})
