/**
 * The weekly digest: which week it covers, its idempotency key and its text.
 * Pure.
 */
import { MathBN } from "@medusajs/framework/utils"

const DAY_MS = 86_400_000
const utc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
const fmt = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** The ISO week of a day: "2026-W48" (the ISO year is the year of the week's Thursday). */
export function isoWeek(day: string): string {
  const ms = utc(day)
  const weekday = (new Date(ms).getUTCDay() + 6) % 7 // Monday 0
  const thursday = ms + (3 - weekday) * DAY_MS
  const year = new Date(thursday).getUTCFullYear()
  const jan1 = Date.UTC(year, 0, 1)
  const week = Math.floor((thursday - jan1) / DAY_MS / 7) + 1
  return `${year}-W${String(week).padStart(2, "0")}`
}

/** The last complete ISO week (Monday..Sunday) before the week holding `today`. */
export function previousWeek(today: string): { from: string; to: string; week: string } {
  const ms = utc(today)
  const weekday = (new Date(ms).getUTCDay() + 6) % 7
  const monday = ms - weekday * DAY_MS - 7 * DAY_MS
  const from = fmt(monday)
  return { from, to: fmt(monday + 6 * DAY_MS), week: isoWeek(from) }
}

export const digestIdempotencyKey = (week: string) => `analytics-weekly-digest:${week}`

export type DigestCurrencyFigures = {
  currency_code: string
  net_sales: string
  previous_net_sales: string | null
  orders: number
  average_order_value: string | null
  new_customers: number
}

/** "+12.5%", "−3%", or null when there is nothing to compare with. */
export function change(current: string | number, previous: string | number | null): string | null {
  if (previous === null || MathBN.eq(previous, 0)) return null
  const pct = Number(MathBN.div(MathBN.mult(MathBN.sub(current, previous), 100), previous).toFixed(1))
  return `${pct > 0 ? "+" : pct < 0 ? "−" : "±"}${Math.abs(pct)}%`
}

export function formatMoney(amount: string | number, currency: string): string {
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(
      Number(amount)
    )
  } catch {
    return `${amount} ${currency.toUpperCase()}`
  }
}

/** Title and description of the digest's feed notification. */
export function digestMessage(
  week: { from: string; to: string; week: string },
  figures: DigestCurrencyFigures[],
  topProducts: string[] = []
): { title: string; description: string } {
  const title = `Weekly digest ${week.week} (${week.from} – ${week.to})`
  if (!figures.length) return { title, description: "No orders last week." }
  const parts = figures.map((f) => {
    const delta = change(f.net_sales, f.previous_net_sales)
    const aov = f.average_order_value !== null ? `, AOV ${formatMoney(f.average_order_value, f.currency_code)}` : ""
    return (
      `${f.currency_code.toUpperCase()}: net sales ${formatMoney(f.net_sales, f.currency_code)}` +
      `${delta ? ` (${delta} vs the week before)` : ""}, ${f.orders} order${f.orders === 1 ? "" : "s"}${aov}, ` +
      `${f.new_customers} new customer${f.new_customers === 1 ? "" : "s"}`
    )
  })
  const top = topProducts.length ? ` Top sellers: ${topProducts.join(", ")}.` : ""
  return { title, description: `${parts.join("; ")}.${top}` }
}
