import {
  addressKey,
  cardFingerprint,
  countDistinct,
  DEFAULT_FRAUD_RULES,
  emailDomain,
  isDisposableDomain,
  mergeFraudRules,
  scoreFraud,
  type FraudFacts,
} from "../utils/fraud"

const clean: FraudFacts = {
  email: "anna@example.com",
  customer_id: "cus_1",
  currency_code: "eur",
  total: "50",
  billing_country: "de",
  shipping_country: "de",
  orders_in_window: 1,
  failed_payments_in_window: 0,
  prior_orders: 3,
  average_order_value: { value: "40", sample: 50 },
  distinct_addresses: 1,
  distinct_cards: null,
}

describe("scoreFraud", () => {
  it("a clean order scores 0 with no reasons", () => {
    expect(scoreFraud(clean, DEFAULT_FRAUD_RULES)).toEqual({ score: 0, reasons: [] })
  })

  it("each rule fires on its own signal with its configured weight", () => {
    const cases: [Partial<FraudFacts>, string][] = [
      [{ orders_in_window: 4 }, "order_velocity"],
      [{ failed_payments_in_window: 2 }, "failed_payments"],
      [{ billing_country: "DE", shipping_country: "fr" }, "country_mismatch"],
      [{ prior_orders: 0, total: "120.01" }, "high_first_order"],
      [{ email: "x@mailinator.com" }, "disposable_email"],
      [{ distinct_addresses: 3 }, "many_addresses"],
      [{ distinct_cards: 3 }, "many_cards"],
    ]
    for (const [patch, rule] of cases) {
      const { score, reasons } = scoreFraud({ ...clean, ...patch }, DEFAULT_FRAUD_RULES)
      expect(reasons.map((r) => r.rule)).toEqual([rule])
      expect(score).toBe((DEFAULT_FRAUD_RULES as any)[rule].weight)
    }
  })

  it("thresholds are inclusive and one below does not fire", () => {
    expect(scoreFraud({ ...clean, orders_in_window: 3 }, DEFAULT_FRAUD_RULES).reasons).toEqual([])
    expect(scoreFraud({ ...clean, failed_payments_in_window: 1 }, DEFAULT_FRAUD_RULES).reasons).toEqual([])
    expect(scoreFraud({ ...clean, distinct_addresses: 2 }, DEFAULT_FRAUD_RULES).reasons).toEqual([])
  })

  it("high first order: only a first order, strictly above multiplier × average, with enough sample", () => {
    const first = { ...clean, prior_orders: 0 }
    // 3 × 40 = 120: equal is not above.
    expect(scoreFraud({ ...first, total: "120" }, DEFAULT_FRAUD_RULES).reasons).toEqual([])
    expect(scoreFraud({ ...first, total: "120.01" }, DEFAULT_FRAUD_RULES).reasons[0]).toMatchObject({
      rule: "high_first_order",
      detail: expect.stringContaining("3× the average order value (40 EUR over 50 orders)"),
    })
    expect(scoreFraud({ ...clean, total: "999" }, DEFAULT_FRAUD_RULES).reasons).toEqual([])
    expect(
      scoreFraud({ ...first, total: "999", average_order_value: { value: "40", sample: 9 } }, DEFAULT_FRAUD_RULES)
        .reasons
    ).toEqual([])
    expect(scoreFraud({ ...first, total: "999", average_order_value: null }, DEFAULT_FRAUD_RULES).reasons).toEqual([])
  })

  it("money is compared exactly, not as floats", () => {
    const rules = mergeFraudRules({ high_first_order: { multiplier: 3, min_sample: 1 } })
    const facts = { ...clean, prior_orders: 0, average_order_value: { value: "0.1", sample: 1 } }
    // 0.1 × 3 = 0.3 exactly (in floats 0.30000000000000004 > 0.3)
    expect(scoreFraud({ ...facts, total: "0.3" }, rules).reasons).toEqual([])
    expect(scoreFraud({ ...facts, total: "0.30000000001" }, rules).reasons).toHaveLength(1)
  })

  it("the score is the sum of fired weights, capped at 100", () => {
    const all: FraudFacts = {
      ...clean,
      email: "x@yopmail.com",
      orders_in_window: 9,
      failed_payments_in_window: 9,
      billing_country: "us",
      prior_orders: 0,
      total: "1000",
      distinct_addresses: 9,
      distinct_cards: 9,
    }
    const { score, reasons } = scoreFraud(all, DEFAULT_FRAUD_RULES)
    expect(reasons).toHaveLength(7)
    const sum = Object.values(DEFAULT_FRAUD_RULES).reduce((s, r) => s + r.weight, 0)
    expect(sum).toBeGreaterThan(100)
    expect(score).toBe(100)
    const light = mergeFraudRules({ disposable_email: { weight: 7 }, country_mismatch: { weight: 5 } })
    expect(scoreFraud({ ...clean, email: "x@yopmail.com", billing_country: "us" }, light).score).toBe(12)
  })

  it("disabled rules and weight 0 never fire", () => {
    const rules = mergeFraudRules({ disposable_email: { enabled: false }, country_mismatch: { weight: 0 } })
    expect(scoreFraud({ ...clean, email: "x@yopmail.com", billing_country: "us" }, rules)).toEqual({
      score: 0,
      reasons: [],
    })
  })

  it("cards count only when the provider exposes fingerprints", () => {
    expect(
      scoreFraud({ ...clean, distinct_cards: null }, mergeFraudRules({ many_cards: { min_cards: 1 } })).score
    ).toBe(0)
  })
})

describe("mergeFraudRules", () => {
  it("keeps defaults for what the merchant did not change, field by field", () => {
    const merged = mergeFraudRules({ order_velocity: { weight: 40 }, unknown_rule: { weight: 1 } })
    expect(merged.order_velocity).toEqual({ ...DEFAULT_FRAUD_RULES.order_velocity, weight: 40 })
    expect(merged.failed_payments).toEqual(DEFAULT_FRAUD_RULES.failed_payments)
    expect((merged as any).unknown_rule).toBeUndefined()
    expect(mergeFraudRules(null)).toEqual(DEFAULT_FRAUD_RULES)
  })

  it("does not share state with the defaults", () => {
    const merged = mergeFraudRules({})
    merged.disposable_email.extra_domains.push("evil.test")
    expect(DEFAULT_FRAUD_RULES.disposable_email.extra_domains).toEqual([])
  })
})

describe("e-mail domains", () => {
  it("extracts the domain, lower-cased", () => {
    expect(emailDomain("A.B@Sub.Example.COM")).toBe("sub.example.com")
    expect(emailDomain("no-at-sign")).toBeNull()
    expect(emailDomain("trailing@")).toBeNull()
    expect(emailDomain(null)).toBeNull()
  })

  it("matches listed domains, their subdomains and the merchant's extra domains", () => {
    expect(isDisposableDomain("mailinator.com")).toBe(true)
    expect(isDisposableDomain("eu.mailinator.com")).toBe(true)
    expect(isDisposableDomain("notmailinator.com")).toBe(false)
    expect(isDisposableDomain("example.com")).toBe(false)
    expect(isDisposableDomain("burner.test", ["Burner.Test"])).toBe(true)
  })
})

describe("addresses and cards", () => {
  it("one key per physical address regardless of case, accents and punctuation", () => {
    const a = addressKey({ address_1: "Hauptstraße 1", city: "Köln", postal_code: "50667", country_code: "DE" })
    const b = addressKey({ address_1: "HAUPTSTRASSE  1", city: "koln", postal_code: "50667", country_code: "de" })
    const c = addressKey({ address_1: "Hauptstraße 1,", city: "Köln", postal_code: "50667", country_code: "de" })
    expect(a).toBe(c)
    expect(a).toBe(b)
    expect(addressKey({ address_1: "Hauptstraße 2", city: "Köln", postal_code: "50667", country_code: "de" })).not.toBe(
      a
    )
    expect(addressKey(null)).toBeNull()
    expect(addressKey({})).toBeNull()
    expect(countDistinct([a, c, null, "x"])).toBe(2)
  })

  it("finds card fingerprints where providers put them", () => {
    expect(cardFingerprint({ payment_method: { card: { fingerprint: "fp1" } } })).toBe("fp1")
    expect(cardFingerprint({ latest_charge: { payment_method_details: { card: { fingerprint: "fp2" } } } })).toBe("fp2")
    expect(cardFingerprint({ card_fingerprint: "fp3" })).toBe("fp3")
    expect(cardFingerprint({ status: "authorized" })).toBeNull()
    expect(cardFingerprint(null)).toBeNull()
  })
})
