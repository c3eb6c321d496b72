import { isAudited, redactInput } from "../utils/redact"

describe("redactInput", () => {
  it("masks secret-looking keys at any depth", () => {
    expect(redactInput({ email: "a@b.c", password: "x", nested: { api_key: "k", Token: "t", note: "ok" } })).toEqual({
      email: "a@b.c",
      password: "[redacted]",
      nested: { api_key: "[redacted]", Token: "[redacted]", note: "ok" },
    })
  })

  it("cuts long strings, arrays, objects and nesting", () => {
    const long = "x".repeat(2000)
    expect(redactInput(long)).toEqual(`${"x".repeat(500)}… (2000 chars)`)
    const list = redactInput(Array.from({ length: 30 }, (_, i) => i)) as unknown[]
    expect(list).toHaveLength(21)
    expect(list[20]).toEqual("… 10 more")
    const wide = redactInput(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, i]))) as Record<
      string,
      unknown
    >
    expect(Object.keys(wide)).toHaveLength(51)
    expect(wide["…"]).toEqual("10 more keys")
    expect(redactInput({ a: { b: { c: { d: { e: 1 } } } } })).toEqual({ a: { b: { c: { d: "…" } } } })
  })

  it("keeps plain values", () => {
    expect(redactInput(null)).toBeNull()
    expect(redactInput(3)).toBe(3)
    expect(redactInput(false)).toBe(false)
  })
})

describe("isAudited", () => {
  it("audits successful changes and exports only", () => {
    expect(isAudited("POST", "/admin/inventory-thresholds", 200)).toBe(true)
    expect(isAudited("DELETE", "/admin/inventory-thresholds/x", 200)).toBe(true)
    expect(isAudited("POST", "/admin/inventory-thresholds", 400)).toBe(false)
    expect(isAudited("GET", "/admin/inventory-thresholds", 200)).toBe(false)
    expect(isAudited("GET", "/admin/reports/sales/export", 200)).toBe(true)
    expect(isAudited("GET", "/admin/customers/cus_1/export?x=1", 200)).toBe(true)
    expect(isAudited("GET", "/admin/exporters", 200)).toBe(false)
  })
})
