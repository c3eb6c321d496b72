/**
 * Cohort retention by first-order month. Pure: the SQL only counts, this file
 * builds the matrix.
 *
 * A customer's cohort is the month (store time zone) of their first
 * non-canceled order. month_k of a cohort = the share of its customers who
 * placed a non-canceled order in the k-th month after the cohort month
 * (month_0 is the cohort month itself, so it is 1 whenever the cohort has
 * customers). A month that has not started yet is null, not 0: nobody could
 * have come back yet.
 */

export const COHORT_MONTHS = 12

export type CohortActivity = {
  /** First day of the cohort month, YYYY-MM-01. */
  cohort: string
  /** Months between the cohort month and the month of activity (0-based). */
  month_offset: number
  /** Distinct customers of the cohort active in that month. */
  customers: number
}

export type CohortSize = { cohort: string; customers: number }

export type CohortRow = { cohort: string; customers: number } & Record<`month_${number}`, number | null>

/** YYYY-MM-01 of a YYYY-MM-DD (or YYYY-MM-01) date string. */
export const monthOf = (day: string) => `${day.slice(0, 7)}-01`

/** The YYYY-MM-01 `k` months after `month`. */
export function addMonths(month: string, k: number): string {
  const y = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7)) - 1 + k
  const year = y + Math.floor(m / 12)
  const mm = ((m % 12) + 12) % 12
  return `${String(year).padStart(4, "0")}-${String(mm + 1).padStart(2, "0")}-01`
}

/** Whole months from `a` to `b` (both YYYY-MM-..). */
export function monthsBetween(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + (Number(b.slice(5, 7)) - Number(a.slice(5, 7)))
}

/** Every cohort month from `from` to `to` (inclusive), as YYYY-MM-01. */
export function cohortMonths(from: string, to: string): string[] {
  const out: string[] = []
  for (let m = monthOf(from); m <= monthOf(to); m = addMonths(m, 1)) out.push(m)
  return out
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null)

/**
 * One row per cohort month of [from, to] (zero-filled: a month without new
 * customers has customers 0 and null ratios), each with month_0..month_{n-1}.
 * `currentMonth` (YYYY-MM-01, today in the store's time zone) bounds what
 * can be observed.
 */
export function buildCohortRows(
  sizes: CohortSize[],
  activity: CohortActivity[],
  {
    from,
    to,
    currentMonth,
    months = COHORT_MONTHS,
  }: { from: string; to: string; currentMonth: string; months?: number }
): CohortRow[] {
  const size = new Map(sizes.map((s) => [monthOf(s.cohort), Number(s.customers)]))
  const active = new Map<string, number>()
  for (const a of activity) active.set(`${monthOf(a.cohort)}:${a.month_offset}`, Number(a.customers))
  return cohortMonths(from, to).map((cohort) => {
    const customers = size.get(cohort) ?? 0
    const row = { cohort, customers } as CohortRow
    for (let k = 0; k < months; k++) {
      const observable = addMonths(cohort, k) <= monthOf(currentMonth)
      row[`month_${k}`] = observable && customers > 0 ? ratio(active.get(`${cohort}:${k}`) ?? 0, customers) : null
    }
    return row
  })
}

export type CustomerPeriodActivity = {
  customer_id: string
  /** Start of the period (bucket) the customer ordered in. */
  period: string
  /** The customer's first non-canceled order, as a YYYY-MM-DD day in the store's time zone. */
  first_order_day: string
}

/**
 * New vs returning customers of a period: every customer with an order in
 * the period is one or the other. New = their first order falls inside the
 * period [start, end]; returning = they had ordered before it.
 */
export function classifyCustomer(firstOrderDay: string, start: string, end: string): "new" | "returning" | null {
  if (firstOrderDay > end) return null
  return firstOrderDay >= start ? "new" : "returning"
}
