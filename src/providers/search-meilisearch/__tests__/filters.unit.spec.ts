import { attribute, literal, numberLiteral, quote } from "../utils/escape"
import { combineFilters, compileFilters } from "../utils/filters"
import { buildIndexPlan } from "../utils/plan"
import { productDefinition } from "./fixtures"

const plan = buildIndexPlan(productDefinition())
const compile = (filters: Record<string, unknown>, contains_filter = false) =>
  compileFilters(filters as any, { plan, contains_filter })

describe("escape", () => {
  it("quotes strings, escaping backslashes before quotes", () => {
    expect(quote("plain")).toBe('"plain"')
    expect(quote('say "hi"')).toBe('"say \\"hi\\""')
    expect(quote("C:\\path")).toBe('"C:\\\\path"')
    // A backslash right before a quote: both escaped, in that order.
    expect(quote('a\\"b')).toBe('"a\\\\\\"b"')
    expect(quote("")).toBe('""')
  })

  it("keeps unicode, single quotes, newlines and operators inside the quotes as they are", () => {
    expect(quote("Crème brûlée 🍮")).toBe('"Crème brûlée 🍮"')
    expect(quote("it's")).toBe(`"it's"`)
    expect(quote("two\nlines")).toBe('"two\nlines"')
    expect(quote("a = b AND c")).toBe('"a = b AND c"')
  })

  it("leaves plain dotted attributes bare and quotes everything else", () => {
    expect(attribute("price")).toBe("price")
    expect(attribute("variants.sku")).toBe("variants.sku")
    expect(attribute("my-field_2")).toBe("my-field_2")
    expect(attribute("AND")).toBe('"AND"')
    expect(attribute("_geo")).toBe('"_geo"')
    expect(attribute("with space")).toBe('"with space"')
    expect(attribute("prix€")).toBe('"prix€"')
    expect(() => attribute("")).toThrow(/field name/)
  })

  it("writes numbers bare unless they need an exponent, and refuses non-finite ones", () => {
    expect(numberLiteral(42)).toBe("42")
    expect(numberLiteral(-3.25)).toBe("-3.25")
    expect(numberLiteral(-0)).toBe("0")
    expect(numberLiteral(1e21)).toBe('"1e+21"')
    expect(numberLiteral(1.5e-7)).toBe('"1.5e-7"')
    expect(() => numberLiteral(Number.NaN)).toThrow(/non-finite/)
    expect(() => numberLiteral(Infinity)).toThrow(/non-finite/)
  })

  it("writes booleans bare and dates as ISO strings", () => {
    expect(literal(true)).toBe("true")
    expect(literal(false)).toBe("false")
    expect(literal(new Date("2024-02-03T04:05:06.000Z"))).toBe('"2024-02-03T04:05:06.000Z"')
    expect(() => literal(new Date("nope"))).toThrow(/invalid date/)
  })
})

describe("compileFilters", () => {
  it("returns undefined when nothing constrains the result", () => {
    expect(compileFilters(undefined, { plan })).toBeUndefined()
    expect(compile({})).toBeUndefined()
    expect(compile({ q: "shirt" })).toBeUndefined()
    expect(compile({ $and: [], $or: [] })).toBeUndefined()
    expect(compile({ $and: [{}], $not: {} })).toBeUndefined()
  })

  describe("equality", () => {
    it("compiles bare values and $eq, quoting strings", () => {
      expect(compile({ status: "published" })).toBe('status = "published"')
      expect(compile({ status: { $eq: "published" } })).toBe('status = "published"')
      expect(compile({ handle: 'he said "no"' })).toBe('handle = "he said \\"no\\""')
      expect(compile({ handle: "back\\slash" })).toBe('handle = "back\\\\slash"')
      expect(compile({ handle: "日本語" })).toBe('handle = "日本語"')
    })

    it("casts to the field's type: numbers and booleans bare, dates to epoch ms", () => {
      expect(compile({ price: 10 })).toBe("price = 10")
      expect(compile({ price: "12.5" })).toBe("price = 12.5")
      expect(compile({ in_stock: true })).toBe("in_stock = true")
      expect(compile({ in_stock: "false" })).toBe("in_stock = false")
      expect(compile({ created_at: new Date("2024-01-01T00:00:00.000Z") })).toBe(`created_at = ${Date.UTC(2024, 0, 1)}`)
      expect(compile({ created_at: "2024-01-01T00:00:00.000Z" })).toBe(`created_at = ${Date.UTC(2024, 0, 1)}`)
      expect(compile({ created_at: 1700000000000 })).toBe("created_at = 1700000000000")
      // A number compared with a keyword field is the string of it.
      expect(compile({ handle: 42 })).toBe('handle = "42"')
    })

    it("refuses values that do not fit the field", () => {
      expect(() => compile({ price: "cheap" })).toThrow(/"cheap" as a number/)
      expect(() => compile({ created_at: "yesterday" })).toThrow(/as a date/)
      expect(() => compile({ price: { $eq: [1, 2] } })).toThrow(/use "\$in"/)
    })

    it("treats null as absence", () => {
      expect(compile({ status: null })).toBe("status NOT EXISTS")
      expect(compile({ status: { $eq: null } })).toBe("status NOT EXISTS")
    })

    it("means membership on array fields", () => {
      expect(compile({ tags: "sale" })).toBe('tags = "sale"')
    })
  })

  describe("$ne, $in, $nin", () => {
    it("negates equality as a complement (documents without the field match)", () => {
      expect(compile({ status: { $ne: "draft" } })).toBe('NOT (status = "draft")')
      expect(compile({ status: { $ne: null } })).toBe("status EXISTS")
    })

    it("compiles lists to IN, a single value to equality, nulls to absence", () => {
      expect(compile({ status: ["draft", "published"] })).toBe('status IN ["draft", "published"]')
      expect(compile({ status: { $in: ["draft", "published"] } })).toBe('status IN ["draft", "published"]')
      expect(compile({ status: { $in: ["draft"] } })).toBe('status = "draft"')
      expect(compile({ price: { $in: [1, "2"] } })).toBe("price IN [1, 2]")
      expect(compile({ status: { $in: ["draft", null] } })).toBe('(status = "draft" OR status NOT EXISTS)')
      expect(compile({ status: { $in: [null] } })).toBe("status NOT EXISTS")
      expect(compile({ status: { $in: [] } })).toBe("status IN []")
      expect(compile({ status: [] })).toBe("status IN []")
    })

    it("negates lists", () => {
      expect(compile({ status: { $nin: ["draft", "proposed"] } })).toBe('NOT (status IN ["draft", "proposed"])')
      expect(compile({ status: { $nin: [] } })).toBe("NOT (status IN [])")
      expect(compile({ status: { $nin: ["x", null] } })).toBe('NOT (status = "x" OR status NOT EXISTS)')
    })
  })

  describe("ranges", () => {
    it("compiles each comparison and ANDs several on one field", () => {
      expect(compile({ price: { $gt: 10 } })).toBe("price > 10")
      expect(compile({ price: { $gte: 10 } })).toBe("price >= 10")
      expect(compile({ price: { $lt: 10 } })).toBe("price < 10")
      expect(compile({ price: { $lte: 10 } })).toBe("price <= 10")
      expect(compile({ price: { $gte: 10, $lt: 20.5 } })).toBe("(price >= 10 AND price < 20.5)")
      expect(compile({ rating: { $gt: -1 } })).toBe("rating > -1")
    })

    it("compares dates as epoch milliseconds", () => {
      const from = new Date("2024-03-01T00:00:00.000Z")
      expect(compile({ created_at: { $gte: from, $lt: "2024-04-01" } })).toBe(
        `(created_at >= ${from.getTime()} AND created_at < ${Date.UTC(2024, 3, 1)})`
      )
    })

    it("refuses ranges on text and array fields, and without a value", () => {
      expect(() => compile({ handle: { $gt: "a" } })).toThrow(/needs a numeric or date field/)
      expect(() => compile({ in_stock: { $gt: false } })).toThrow(/needs a numeric or date field/)
      expect(() => compile({ "variants.price": { $gt: 1 } })).toThrow(/not supported on array field "variants.price"/)
      expect(() => compile({ price: { $gt: null } })).toThrow(/needs a single value/)
      expect(() => compile({ price: { $gt: [1] } })).toThrow(/needs a single value/)
    })
  })

  describe("$exists, $contains, $overlaps", () => {
    it("compiles $exists both ways and insists on a boolean", () => {
      expect(compile({ status: { $exists: true } })).toBe("status EXISTS")
      expect(compile({ status: { $exists: false } })).toBe("status NOT EXISTS")
      expect(() => compile({ status: { $exists: "yes" } })).toThrow(/true or false/)
    })

    it("requires every value for $contains and any for $overlaps, on array fields only", () => {
      expect(compile({ tags: { $contains: ["sale", "new"] } })).toBe('(tags = "sale" AND tags = "new")')
      expect(compile({ tags: { $contains: "sale" } })).toBe('tags = "sale"')
      expect(compile({ tags: { $contains: [] } })).toBe("tags EXISTS")
      expect(compile({ tags: { $overlaps: ["sale", "new"] } })).toBe('tags IN ["sale", "new"]')
      expect(compile({ tags: { $overlaps: [] } })).toBe("tags IN []")
      expect(compile({ "variants.sku": { $overlaps: ["A-1"] } })).toBe('variants.sku = "A-1"')
      expect(() => compile({ status: { $contains: ["a"] } })).toThrow(/needs an array field/)
      expect(() => compile({ status: { $overlaps: ["a"] } })).toThrow(/needs an array field/)
      expect(() => compile({ tags: { $contains: ["a", null] } })).toThrow(/cannot contain null/)
    })
  })

  describe("$prefix and $like", () => {
    it("are rejected unless the contains filter is enabled", () => {
      expect(() => compile({ handle: { $prefix: "sh" } })).toThrow(/does not support "\$prefix"/)
      expect(() => compile({ handle: { $like: "irt" } })).toThrow(/does not support "\$like"/)
    })

    it("compile to STARTS WITH and CONTAINS when enabled", () => {
      expect(compile({ handle: { $prefix: "sh" } }, true)).toBe('handle STARTS WITH "sh"')
      expect(compile({ handle: { $like: 'a"b' } }, true)).toBe('handle CONTAINS "a\\"b"')
      expect(() => compile({ tags: { $prefix: "s" } }, true)).toThrow(/array field/)
      expect(() => compile({ handle: { $like: 3 } }, true)).toThrow(/needs a string/)
    })
  })

  describe("logic", () => {
    it("ANDs sibling fields and operators", () => {
      expect(compile({ status: "published", price: { $lt: 50 } })).toBe('(status = "published" AND price < 50)')
    })

    it("compiles $and, $or and $not, nesting with parentheses", () => {
      expect(compile({ $or: [{ status: "draft" }, { price: { $gt: 100 } }] })).toBe('(status = "draft" OR price > 100)')
      expect(compile({ $and: [{ status: "draft" }, { in_stock: true }] })).toBe(
        '(status = "draft" AND in_stock = true)'
      )
      expect(compile({ $not: { status: "draft" } })).toBe('NOT (status = "draft")')
      expect(compile({ $not: { $or: [{ status: "a" }, { status: "b" }] } })).toBe('NOT (status = "a" OR status = "b")')
      expect(
        compile({
          in_stock: true,
          $or: [{ tags: "sale" }, { $and: [{ price: { $lt: 10 } }, { $not: { status: "draft" } }] }],
        })
      ).toBe('(in_stock = true AND (tags = "sale" OR (price < 10 AND NOT (status = "draft"))))')
    })

    it("drops empty branches and unwraps single ones", () => {
      expect(compile({ $or: [{ status: "a" }, {}] })).toBe('status = "a"')
      expect(compile({ $and: [{ $or: [] }, { status: "a" }] })).toBe('status = "a"')
    })

    it("rejects unknown operators and malformed logic", () => {
      expect(() => compile({ price: { $between: [1, 2] } })).toThrow(/does not support operator "\$between"/)
      expect(() => compile({ $xor: [] })).toThrow(/Unknown logical operator "\$xor"/)
      expect(() => compile({ $or: { status: "a" } })).toThrow(/takes a list/)
      expect(() => compile({ price: {} })).toThrow(/Empty operator map/)
      expect(() => compile({ variants: { sku: "a", $eq: 1 } })).toThrow(/mixes operators with nested fields/)
    })
  })

  describe("fields", () => {
    it("accepts nested objects as dotted paths", () => {
      expect(compile({ "meta.brand": "Acme" })).toBe('meta.brand = "Acme"')
      expect(compile({ meta: { brand: "Acme" } })).toBe('meta.brand = "Acme"')
      expect(() => compile({ variants: { sku: "A-1", price: { $gt: 5 } } })).toThrow(/array field "variants.price"/)
      expect(compile({ meta: { brand: { $in: ["A", "B"] } }, status: "x" })).toBe(
        '(meta.brand IN ["A", "B"] AND status = "x")'
      )
      expect(compile({ variants: { sku: ["A-1", "B-2"] } })).toBe('variants.sku IN ["A-1", "B-2"]')
    })

    it("refuses unknown and non-filterable fields", () => {
      expect(() => compile({ colour: "red" })).toThrow(/Unknown filter field "colour"/)
      expect(() => compile({ title: "x" })).toThrow(/"title" is not filterable/)
      expect(() => compile({ "meta.notes": "x" })).toThrow(/not filterable/)
    })

    it("quotes attribute names that are not plain words", () => {
      const odd = buildIndexPlan(
        productDefinition({ fields: { id: { type: "keyword" }, "prix unitaire": { type: "float", filterable: true } } })
      )
      expect(compileFilters({ "prix unitaire": { $lt: 3 } }, { plan: odd })).toBe('"prix unitaire" < 3')
    })
  })

  describe("without a plan (a delete on an index this process has not seen)", () => {
    it("writes values by their JS type and dates as epoch ms", () => {
      expect(compileFilters({ status: "draft", price: { $gte: 5 } })).toBe('(status = "draft" AND price >= 5)')
      expect(compileFilters({ flag: false })).toBe("flag = false")
      expect(compileFilters({ at: { $lt: new Date(5000) } })).toBe("at < 5000")
      expect(compileFilters({ store_id: ["s1", "s2"] })).toBe('store_id IN ["s1", "s2"]')
      expect(compileFilters({ gone: null })).toBe("gone NOT EXISTS")
    })
  })

  it("combineFilters ANDs what is there", () => {
    expect(combineFilters(undefined, undefined)).toBeUndefined()
    expect(combineFilters("a = 1", undefined)).toBe("a = 1")
    expect(combineFilters("a = 1", "b = 2")).toBe("(a = 1 AND b = 2)")
  })
})
