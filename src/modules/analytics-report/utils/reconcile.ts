import { MathBN } from "@medusajs/framework/utils"
import type { OrderFacts } from "../types"

const MONEY = new Set([
  "item_subtotal",
  "discount_total",
  "shipping_total",
  "tax_total",
  "total",
  "captured_total",
  "refunded_total",
  "subtotal",
  "amount",
  "order_total",
])
const DATES = new Set(["placed_at", "canceled_at", "refunded_at", "captured_at"])

function same(key: string, a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) {
    return (a ?? null) === (b ?? null) || (MONEY.has(key) && MathBN.eq((a as any) ?? 0, (b as any) ?? 0))
  }
  if (MONEY.has(key)) return MathBN.eq(a as any, b as any)
  if (DATES.has(key)) return new Date(a as any).getTime() === new Date(b as any).getTime()
  if (typeof a === "number" || typeof b === "number") return Number(a) === Number(b)
  return a === b
}

function diffRow(prefix: string, stored: Record<string, any>, built: Record<string, any>, out: string[]) {
  for (const key of Object.keys(built)) {
    if (!same(key, stored[key], built[key])) out.push(`${prefix}.${key}: stored ${stored[key]} != source ${built[key]}`)
  }
}

function diffList(
  name: string,
  idKey: string,
  stored: Record<string, any>[],
  built: Record<string, any>[],
  out: string[]
) {
  const s = new Map(stored.map((r) => [r[idKey], r]))
  const b = new Map(built.map((r) => [r[idKey], r]))
  for (const [id, row] of b) {
    const st = s.get(id)
    if (!st) out.push(`${name} ${id}: missing`)
    else diffRow(`${name} ${id}`, st, row, out)
  }
  for (const id of s.keys()) if (!b.has(id)) out.push(`${name} ${id}: no longer in the source`)
}

/**
 * What differs between an order's stored facts and the facts built from its
 * current state in Medusa (empty = in sync). The first-order flag is derived
 * across orders and not compared here.
 */
export function diffOrderFacts(stored: OrderFacts | undefined, built: OrderFacts | undefined): string[] {
  if (!stored && !built) return []
  if (!stored) return ["facts missing"]
  if (!built) return ["order no longer in the source"]
  const out: string[] = []
  diffRow("order", stored.order as any, built.order as any, out)
  diffList("line", "line_item_id", stored.lines as any, built.lines as any, out)
  diffList("refund", "refund_id", stored.refunds as any, built.refunds as any, out)
  diffList("capture", "capture_id", stored.captures as any, built.captures as any, out)
  diffList("promotion", "promotion_id", stored.promotions as any, built.promotions as any, out)
  return out
}
