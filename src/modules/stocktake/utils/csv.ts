import { MAX_COUNTED_QUANTITY, type CountInput, type CountProblem } from "../types"

export const MAX_CSV_ROWS = 50_000

export type ParsedCountsCsv = { rows: CountInput[]; errors: CountProblem[] }

const ID_COLUMNS = ["sku", "inventory_item_id"] as const

/** Splits one CSV record (RFC 4180 quoting: "a,b" and "" for a quote). */
export function splitCsvRecord(record: string, delimiter: string): string[] | null {
  const cells: string[] = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < record.length; i++) {
    const char = record[i]
    if (quoted) {
      if (char === '"' && record[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') {
        quoted = false
      } else {
        cell += char
      }
    } else if (char === '"' && cell.trim() === "") {
      quoted = true
      cell = ""
    } else if (char === delimiter) {
      cells.push(cell)
      cell = ""
    } else {
      cell += char
    }
  }
  if (quoted) return null
  cells.push(cell)
  return cells.map((c) => c.trim())
}

/** A count as text: a whole number from 0 to MAX_COUNTED_QUANTITY, else the reason it is not. */
export function parseCount(text: string): number | string {
  if (text === "") return "counted_quantity is empty"
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return `counted_quantity "${text}" is not a number`
  const value = Number(text)
  if (value < 0) return `counted_quantity ${text} is negative`
  if (!Number.isInteger(value)) return `counted_quantity ${text} is not a whole number`
  if (value > MAX_COUNTED_QUANTITY) return `counted_quantity ${text} is too large`
  return value
}

/**
 * Parses a count sheet. A header row is required, with `counted_quantity`
 * and at least one of `sku` / `inventory_item_id` (any order, any case; other
 * columns are ignored). Comma or semicolon separated, CRLF or LF, optional
 * BOM; blank lines are skipped. Line numbers are the file's (header = 1).
 * Every problem is reported, not just the first.
 */
export function parseCountsCsv(text: string): ParsedCountsCsv {
  const rows: CountInput[] = []
  const errors: CountProblem[] = []
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/)
  const headerIndex = lines.findIndex((l) => l.trim() !== "")
  if (headerIndex === -1) {
    return { rows, errors: [{ label: "line 1", message: "the file is empty" }] }
  }
  const headerLine = lines[headerIndex]
  const delimiter = !headerLine.includes(",") && headerLine.includes(";") ? ";" : ","
  const header = (splitCsvRecord(headerLine, delimiter) ?? []).map((h) => h.toLowerCase())
  const column = (name: string) => header.indexOf(name)
  const quantityAt = column("counted_quantity")
  const idColumns = ID_COLUMNS.filter((c) => column(c) !== -1)
  const headerLabel = `line ${headerIndex + 1}`
  if (quantityAt === -1 || !idColumns.length) {
    const looksLikeData = header.some((h) => /^[+-]?\d+(\.\d+)?$/.test(h))
    return {
      rows,
      errors: [
        {
          label: headerLabel,
          message: looksLikeData
            ? "the header row is missing: the first line must name the columns (sku or inventory_item_id, counted_quantity)"
            : "the header must have a counted_quantity column and a sku or inventory_item_id column",
        },
      ],
    }
  }
  const duplicated = header.filter((h, i) => h && header.indexOf(h) !== i)
  if (duplicated.length) {
    return { rows, errors: [{ label: headerLabel, message: `column ${duplicated[0]} appears twice in the header` }] }
  }

  for (let i = headerIndex + 1; i < lines.length; i++) {
    if (lines[i].trim() === "") continue
    const label = `line ${i + 1}`
    if (rows.length + errors.length >= MAX_CSV_ROWS) {
      errors.push({ label, message: `the file has more than ${MAX_CSV_ROWS} rows` })
      break
    }
    const cells = splitCsvRecord(lines[i], delimiter)
    if (!cells) {
      errors.push({ label, message: "unterminated quoted value" })
      continue
    }
    const sku = column("sku") === -1 ? "" : (cells[column("sku")] ?? "")
    const itemId = column("inventory_item_id") === -1 ? "" : (cells[column("inventory_item_id")] ?? "")
    const count = parseCount(cells[quantityAt] ?? "")
    const problems: string[] = []
    if (!sku && !itemId) problems.push(`${idColumns.join(" or ")} is empty`)
    if (typeof count === "string") problems.push(count)
    if (problems.length) {
      errors.push({ label, message: problems.join("; ") })
      continue
    }
    rows.push({
      ...(itemId ? { inventory_item_id: itemId } : {}),
      ...(sku ? { sku } : {}),
      counted_quantity: count as number,
      label,
    })
  }
  if (!rows.length && !errors.length) {
    errors.push({ label: headerLabel, message: "the file has a header but no rows" })
  }
  return { rows, errors }
}

/** "line 3: counted_quantity -2 is negative; line 7: unknown sku "X"" (the first `max` problems). */
export function describeProblems(problems: CountProblem[], max = 20): string {
  const shown = problems.slice(0, max).map((p) => `${p.label}: ${p.message}`)
  if (problems.length > max) shown.push(`and ${problems.length - max} more`)
  return shown.join("; ")
}
