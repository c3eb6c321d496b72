import {
  formatStopWords,
  formatSynonymLines,
  lonelySynonymLines,
  moveRule,
  parseStopWords,
  parseSynonymLines,
} from "../settings-text"

describe("search settings as text", () => {
  it("reads one synonym group per line", () => {
    const text = "tee, t-shirt\n\n hoodie ,hooded sweatshirt, \nlonely"
    expect(parseSynonymLines(text)).toEqual([["tee", "t-shirt"], ["hoodie", "hooded sweatshirt"], ["lonely"]])
    expect(lonelySynonymLines(text)).toEqual([4])
    expect(
      formatSynonymLines([
        ["a", "b"],
        ["c", "d"],
      ])
    ).toBe("a, b\nc, d")
  })

  it("reads stop words separated by commas, spaces or lines", () => {
    expect(parseStopWords("the, a\nfor  the")).toEqual(["the", "a", "for"])
    expect(formatStopWords(["a", "the"])).toBe("a, the")
  })

  it("moves ranking rules, not past the ends", () => {
    expect(moveRule(["relevance", "in_stock", "newest"], 2, -1)).toEqual(["relevance", "newest", "in_stock"])
    expect(moveRule(["relevance", "newest"], 0, -1)).toEqual(["relevance", "newest"])
    expect(moveRule(["relevance", "newest"], 1, 1)).toEqual(["relevance", "newest"])
  })
})
