import { filterFields, loggableFilters } from "../utils/filters"
import { loggableQuery, maskPersonalData, normalizeQuery, stripStopWords } from "../utils/query-text"
import { rate, reportWindow, sortLabel } from "../utils/report"
import {
  DEFAULT_RANKING_RULES,
  normalizeRankingRules,
  normalizeStopWords,
  normalizeSynonymGroups,
  sameSynonyms,
} from "../utils/settings"

describe("query text", () => {
  it("normalises case, width and spacing", () => {
    expect(normalizeQuery("  Red\tSHOES  ")).toBe("red shoes")
    expect(normalizeQuery("ｓｈｉｒｔ")).toBe("shirt")
    expect(normalizeQuery(null)).toBe("")
  })

  it("masks e-mail addresses and long numbers, keeps sizes and short numbers", () => {
    expect(maskPersonalData("mail jane.doe+x@example.co.uk now")).toBe("mail [email] now")
    expect(maskPersonalData("call +49 170 1234567")).toBe("call [number]")
    expect(maskPersonalData("order 4006-3813-3393-1")).toBe("order [number]")
    expect(maskPersonalData("shoe 44 size 10.5 pack of 12345")).toBe("shoe 44 size 10.5 pack of 12345")
  })

  it("stores at most 200 characters", () => {
    expect(loggableQuery("a".repeat(500))).toHaveLength(200)
    expect(loggableQuery(" Jane@Example.com ")).toBe("[email]")
  })

  it("drops stop words, unless nothing else is left", () => {
    expect(stripStopWords("The Best  shirt for men", ["the", "for"])).toBe("Best shirt men")
    expect(stripStopWords("the", ["the"])).toBe("the")
    expect(stripStopWords("shirt", [])).toBe("shirt")
    expect(stripStopWords("THE shirt", ["The"])).toBe("shirt")
  })
})

describe("loggable filters", () => {
  it("keeps the shape, masks strings, drops the text query", () => {
    expect(
      loggableFilters({ q: "x", tags: ["sale", "mail me@example.com"], "prices.eur": { $gte: 10 }, in_stock: true })
    ).toEqual({ tags: ["sale", "mail [email]"], "prices.eur": { $gte: 10 }, in_stock: true })
  })

  it("is null for nothing, and bounded for a huge filter", () => {
    expect(loggableFilters(undefined)).toBeNull()
    expect(loggableFilters({ q: "only text" })).toBeNull()
    expect(loggableFilters("nope")).toBeNull()
    const huge = { $or: Array.from({ length: 20 }, (_, i) => ({ [`field_${i}`]: "v".repeat(100) })) }
    expect(loggableFilters(huge)).toEqual({
      truncated: true,
      fields: Array.from({ length: 20 }, (_, i) => `field_${i}`),
    })
  })

  it("lists the fields a filter tree uses", () => {
    expect([...filterFields({ a: 1, $and: [{ b: 1 }, { $not: { c: 1 } }], $or: [{ a: 2 }], q: "x" })]).toEqual([
      "a",
      "b",
      "c",
    ])
  })
})

describe("settings", () => {
  it("normalises synonym groups and merges groups that share a term", () => {
    expect(
      normalizeSynonymGroups([
        [" Tee ", "T-Shirt", "tee"],
        ["lonely"],
        ["t-shirt", "top"],
        ["Sneaker", "trainer"],
        ["trainer", "sneaker"],
      ])
    ).toEqual([
      ["t-shirt", "tee", "top"],
      ["sneaker", "trainer"],
    ])
  })

  it("normalises stop words to single lower-case words", () => {
    expect(normalizeStopWords(["The", "the", " a ", "two words", ""])).toEqual(["a", "the"])
  })

  it("keeps known ranking rules once, in order; nothing means the defaults", () => {
    expect(normalizeRankingRules(["newest", "bogus", "relevance", "newest"])).toEqual(["newest", "relevance"])
    expect(normalizeRankingRules([])).toEqual(DEFAULT_RANKING_RULES)
    expect(normalizeRankingRules(null)).toEqual(DEFAULT_RANKING_RULES)
  })

  it("tells whether synonyms changed what gets indexed", () => {
    expect(sameSynonyms([["a", "b"]], [["B", "a"]])).toBe(true)
    expect(
      sameSynonyms(
        [
          ["a", "b"],
          ["c", "d"],
        ],
        [
          ["c", "d"],
          ["a", "b"],
        ]
      )
    ).toBe(true)
    expect(sameSynonyms([["a", "b"]], [["a", "c"]])).toBe(false)
    expect(sameSynonyms([], [["a", "b"]])).toBe(false)
  })
})

describe("report helpers", () => {
  it("computes rates, labels and windows", () => {
    expect(rate(1, 3)).toBe(0.3333)
    expect(rate(0, 0)).toBe(0)
    expect(sortLabel({ "prices.eur": "ASC", id: "ASC" })).toBe("prices.eur:ASC,id:ASC")
    expect(sortLabel({})).toBeNull()
    expect(sortLabel(undefined)).toBeNull()
    const now = new Date("2026-03-31T00:00:00Z")
    expect(reportWindow(30, now)).toEqual({ from: new Date("2026-03-01T00:00:00Z"), to: now })
  })
})
