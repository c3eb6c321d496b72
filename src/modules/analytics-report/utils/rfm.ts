/**
 * RFM scoring: recency, frequency and monetary value of each customer,
 * scored 1-5 by quintile, and the segment map. Pure: no database.
 *
 * Inputs (built by the service from `analytics_customer_fact`):
 * - recency_days: whole days between the customer's last non-canceled order
 *   and the moment of the run (lower is better);
 * - frequency: the number of non-canceled orders, every currency together;
 * - monetary: lifetime net total (non-canceled order totals − refunds) in the
 *   store's default currency. Amounts in other currencies are converted with
 *   the latest rate of `analytics_currency_rate` into the default currency;
 *   an amount with no rate is left out and the customer is flagged
 *   (`missing_rate`), so the recompute can say how many customers it affects.
 *
 * Quintile scores. A customer's score is 1 + floor(5 × share of scored
 * customers with a strictly worse value), capped at 5: the customer beats
 * that share of the customer base. Equal values always share one score (no
 * arbitrary tie-breaking that would move customers between runs), and a value
 * shared by most customers takes the lowest score of its tie: with 80% one-
 * time buyers, one order scores F = 1, as it should. With n distinct values
 * every score holds n/5 customers, as in classic quintiles.
 */
import { MathBN } from "@medusajs/framework/utils"

export const RFM_SEGMENTS = [
  "champions",
  "loyal",
  "potential_loyalist",
  "new",
  "promising",
  "needs_attention",
  "at_risk",
  "cant_lose",
  "hibernating",
  "lost",
] as const

export type RfmSegment = (typeof RFM_SEGMENTS)[number]

/** The label of each segment, and the name of the Medusa customer group it syncs to. */
export const RFM_SEGMENT_LABELS: Record<RfmSegment, string> = {
  champions: "Champions",
  loyal: "Loyal",
  potential_loyalist: "Potential loyalist",
  new: "New",
  promising: "Promising",
  needs_attention: "Needs attention",
  at_risk: "At risk",
  cant_lose: "Can't lose",
  hibernating: "Hibernating",
  lost: "Lost",
}

export const RFM_GROUP_PREFIX = "RFM: "

export const rfmGroupName = (segment: RfmSegment) => `${RFM_GROUP_PREFIX}${RFM_SEGMENT_LABELS[segment]}`

export type RfmInput = {
  customer_id: string
  recency_days: number
  frequency: number
  /** Decimal string (or number) in the monetary currency. */
  monetary: string | number
}

export type RfmScore = RfmInput & {
  monetary: string
  r_score: number
  f_score: number
  m_score: number
  segment: RfmSegment
}

/**
 * The segment map over R (recency score) and FM = round((F + M) / 2), the
 * frequency and monetary scores together (the usual two-axis RFM grid):
 *
 *   R \ FM      1            2            3              4            5
 *   5         new      potential_loy potential_loy   champions    champions
 *   4       promising  potential_loy potential_loy     loyal        loyal
 *   3       needs_att    needs_att     needs_att       loyal        loyal
 *   2      hibernating  hibernating     at_risk       at_risk     cant_lose
 *   1         lost         lost         at_risk       at_risk     cant_lose
 *
 * - champions: bought recently, often and for a lot;
 * - loyal: buy regularly and well, not necessarily the latest;
 * - potential_loyalist: recent, with some frequency/value to build on;
 * - new: bought very recently, once and little;
 * - promising: recent first steps;
 * - needs_attention: average recency, slipping;
 * - at_risk: were good, have not bought for a while;
 * - cant_lose: were the best, have not bought for a long time;
 * - hibernating: low value, long ago;
 * - lost: lowest recency and value.
 */
export function segmentFor(r: number, f: number, m: number): RfmSegment {
  assertScore(r)
  assertScore(f)
  assertScore(m)
  const fm = Math.round((f + m) / 2)
  if (r === 5) return fm === 1 ? "new" : fm <= 3 ? "potential_loyalist" : "champions"
  if (r === 4) return fm === 1 ? "promising" : fm <= 3 ? "potential_loyalist" : "loyal"
  if (r === 3) return fm <= 3 ? "needs_attention" : "loyal"
  if (r === 2) return fm <= 2 ? "hibernating" : fm <= 4 ? "at_risk" : "cant_lose"
  return fm <= 2 ? "lost" : fm <= 4 ? "at_risk" : "cant_lose"
}

function assertScore(score: number) {
  if (!Number.isInteger(score) || score < 1 || score > 5) throw new Error(`RFM score out of range: ${score}`)
}

/**
 * Quintile scores (see the file comment) for `values`, in input order.
 * `compare(a, b)` orders worse before better (negative when a is worse).
 */
export function quintileScores<T>(values: T[], compare: (a: T, b: T) => number): number[] {
  const n = values.length
  if (!n) return []
  const order = values.map((_, i) => i).sort((a, b) => compare(values[a], values[b]))
  const scores = new Array<number>(n)
  let worse = 0
  for (let i = 0; i < n;) {
    let j = i
    while (j + 1 < n && compare(values[order[j + 1]], values[order[i]]) === 0) j++
    const score = Math.min(5, 1 + Math.floor((5 * worse) / n))
    for (let k = i; k <= j; k++) scores[order[k]] = score
    worse += j - i + 1
    i = j + 1
  }
  return scores
}

type Decimal = ReturnType<typeof MathBN.convert>

/** Compares two decimals exactly (no float rounding). */
export function compareDecimal(a: Decimal, b: Decimal): number {
  return a.comparedTo(b) ?? 0
}

/** Scores every customer and assigns its segment. */
export function scoreRfm(inputs: RfmInput[]): RfmScore[] {
  const normalised = inputs.map((c) => ({
    ...c,
    recency_days: Math.max(0, Math.floor(c.recency_days)),
    monetary: MathBN.convert(c.monetary),
  }))
  // Recency: more days is worse. Frequency and monetary: less is worse.
  const r = quintileScores(
    normalised.map((c) => c.recency_days),
    (a, b) => b - a
  )
  const f = quintileScores(
    normalised.map((c) => c.frequency),
    (a, b) => a - b
  )
  const m = quintileScores(
    normalised.map((c) => c.monetary),
    compareDecimal
  )
  return normalised.map((c, i) => ({
    ...c,
    monetary: c.monetary.toFixed(),
    r_score: r[i],
    f_score: f[i],
    m_score: m[i],
    segment: segmentFor(r[i], f[i], m[i]),
  }))
}

export type CustomerCurrencyTotal = {
  customer_id: string
  currency_code: string
  last_order_at: Date | string
  orders_count: number
  net_total: string | number
}

export type RfmInputs = {
  inputs: RfmInput[]
  /** Customers part of whose spending had no rate into the monetary currency. */
  missing_rate_customers: number
  /** The currencies that had no rate. */
  missing_rate_currencies: string[]
}

/**
 * Folds per-currency customer totals into one RFM input per customer:
 * latest order, orders summed, net totals converted into `currency`
 * (`rates[code]` = value of 1 unit of `code` in `currency`).
 * Customers without a non-canceled order are left out.
 */
export function buildRfmInputs(
  rows: CustomerCurrencyTotal[],
  currency: string,
  rates: Record<string, string | number>,
  now: Date
): RfmInputs {
  const base = currency.toLowerCase()
  const byCustomer = new Map<string, { last: number; orders: number; monetary: Decimal; missing: boolean }>()
  const missingCurrencies = new Set<string>()
  for (const row of rows) {
    const orders = Number(row.orders_count)
    if (!orders || orders <= 0) continue
    const entry = byCustomer.get(row.customer_id) ?? {
      last: -Infinity,
      orders: 0,
      monetary: MathBN.convert(0),
      missing: false,
    }
    entry.last = Math.max(entry.last, new Date(row.last_order_at).getTime())
    entry.orders += orders
    const code = row.currency_code.toLowerCase()
    if (code === base) {
      entry.monetary = MathBN.add(entry.monetary, row.net_total)
    } else if (rates[code] !== undefined) {
      entry.monetary = MathBN.add(entry.monetary, MathBN.mult(row.net_total, rates[code]))
    } else {
      entry.missing = true
      missingCurrencies.add(code)
    }
    byCustomer.set(row.customer_id, entry)
  }
  const inputs: RfmInput[] = []
  let missing = 0
  for (const [customer_id, e] of byCustomer) {
    if (e.missing) missing++
    inputs.push({
      customer_id,
      recency_days: Math.max(0, Math.floor((now.getTime() - e.last) / 86_400_000)),
      frequency: e.orders,
      monetary: e.monetary.toFixed(),
    })
  }
  inputs.sort((a, b) => (a.customer_id < b.customer_id ? -1 : a.customer_id > b.customer_id ? 1 : 0))
  return { inputs, missing_rate_customers: missing, missing_rate_currencies: [...missingCurrencies].sort() }
}

export type GroupMembershipPlan = {
  add: { customer_group_id: string; customer_id: string }[]
  remove: { customer_group_id: string; customer_id: string }[]
}

/**
 * The membership changes that make each segment's group hold exactly the
 * customers of that segment. `current` maps group id → member customer ids;
 * `groupOf` maps segment → group id.
 */
export function planGroupMembership(
  segments: { customer_id: string; segment: RfmSegment }[],
  groupOf: Record<RfmSegment, string>,
  current: Record<string, string[]>
): GroupMembershipPlan {
  const wanted = new Map<string, Set<string>>()
  for (const segment of RFM_SEGMENTS) wanted.set(groupOf[segment], new Set())
  for (const s of segments) wanted.get(groupOf[s.segment])!.add(s.customer_id)
  const plan: GroupMembershipPlan = { add: [], remove: [] }
  for (const [groupId, members] of wanted) {
    const have = new Set(current[groupId] ?? [])
    for (const customerId of [...members].sort()) {
      if (!have.has(customerId)) plan.add.push({ customer_group_id: groupId, customer_id: customerId })
    }
    for (const customerId of [...have].sort()) {
      if (!members.has(customerId)) plan.remove.push({ customer_group_id: groupId, customer_id: customerId })
    }
  }
  return plan
}
