const pointsFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })

/** 12,345 (signed when asked: +120 / −40). */
export const formatPoints = (points: number | null | undefined, signed = false) => {
  const value = Number(points ?? 0)
  const text = pointsFormat.format(Math.abs(value))
  if (!signed) return value < 0 ? `-${text}` : text
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text
}

/** Money in its currency (amounts are in major units, as Medusa stores them). */
export const formatMoney = (amount: number | null | undefined, currencyCode: string | null | undefined) => {
  if (amount === null || amount === undefined || Number.isNaN(Number(amount))) return "—"
  if (!currencyCode || !/^[a-z]{3}$/i.test(currencyCode)) return pointsFormat.format(Number(amount))
  return new Intl.NumberFormat(undefined, { style: "currency", currency: currencyCode.toUpperCase() }).format(
    Number(amount)
  )
}

export const formatDate = (value: string | Date | null | undefined, withTime = false) => {
  if (!value) return "—"
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return "—"
  return date.toLocaleString(
    undefined,
    withTime ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "medium" }
  )
}

export const formatPercent = (share: number | null | undefined) =>
  new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 1 }).format(Number(share ?? 0))

/** The server's `{ message }` (the SDK puts it on the thrown error), else a fallback. */
export const errorMessage = (error: unknown, fallback = "Something went wrong") =>
  error instanceof Error && error.message ? error.message : fallback

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
