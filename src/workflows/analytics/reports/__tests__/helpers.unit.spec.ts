import { MathBN } from "@medusajs/framework/utils"
import { divide2 } from "../helpers"

describe("divide2", () => {
  it("rounds half away from zero to two places", () => {
    expect(divide2("10", 4)).toBe("2.50")
    expect(divide2("0.125", 1)).toBe("0.13")
    expect(divide2("-0.125", 1)).toBe("-0.13")
    expect(divide2("1", 3)).toBe("0.33")
    expect(divide2("2", 3)).toBe("0.67")
    expect(divide2("100", "0.5")).toBe("200.00")
    expect(divide2("12345678901234567890.12", 7)).toBe("1763668414462081127.16")
  })

  it("gives null for a zero divisor and 0.00 for a tiny negative quotient", () => {
    expect(divide2("5", 0)).toBeNull()
    expect(divide2("5", "0.000")).toBeNull()
    expect(divide2("-0.001", 1)).toBe("0.00")
    expect(divide2("0", 9)).toBe("0.00")
  })

  it("falls back to BigNumber for input that is not a plain decimal", () => {
    expect(divide2(1e21, 2)).toBe("500000000000000000000.00")
    expect(divide2("1e-7", 1)).toBe("0.00")
  })

  it("agrees with BigNumber on random decimals", () => {
    let seed = 42
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    for (let i = 0; i < 5000; i++) {
      const scale = Math.floor(rand() * 5)
      const a = ((rand() - 0.3) * 10 ** Math.floor(rand() * 9)).toFixed(scale)
      const b = rand() < 0.8 ? String(1 + Math.floor(rand() * 5000)) : (rand() * 100 + 0.01).toFixed(2)
      const expected = MathBN.div(a, b).toFixed(2)
      expect(divide2(a, b)).toBe(expected === "-0.00" ? "0.00" : expected)
    }
  })
})
