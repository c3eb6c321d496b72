import type { ReportColumn, ReportEnvelope, ReportRecord } from "../types"

/**
 * One CSV field: quoted when it holds a comma, quote, CR or LF; a text that
 * a spreadsheet would run as a formula (= + - @ tab CR at the start) gets a
 * leading apostrophe. Numbers (including negative amounts) stay as they are.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return ""
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : ""
  if (typeof value === "boolean") return value ? "true" : "false"
  let text = value instanceof Date ? value.toISOString() : String(value)
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvLine(values: unknown[]): string {
  return values.map(csvField).join(",") + "\n"
}

/**
 * The header and lines of a report part: `currency_code`, then (series) the
 * period, then every column key that appears in that part, in column order.
 */
export function reportCsv(envelope: ReportEnvelope, part: "series" | "rows"): { header: string[]; lines: unknown[][] } {
  const records: { currency: string | null; record: ReportRecord }[] = []
  for (const g of envelope.groups) {
    for (const r of part === "series" ? g.series : g.rows) records.push({ currency: g.currency_code, record: r })
  }
  const present = new Set<string>()
  for (const { record } of records) for (const k of Object.keys(record)) present.add(k)
  const ordered = envelope.columns.map((c: ReportColumn) => c.key).filter((k) => present.has(k))
  const extra = [...present].filter((k) => k !== "period" && !ordered.includes(k)).sort()
  const keys = [...(part === "series" ? ["period"] : []), ...ordered.filter((k) => k !== "period"), ...extra]
  return {
    header: ["currency_code", ...keys],
    lines: records.map(({ currency, record }) => [currency, ...keys.map((k) => record[k])]),
  }
}
