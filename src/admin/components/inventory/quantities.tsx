const quantityFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })
const rateFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 })

/** Units: 1,234 (signed when asked: +12 / −3). */
export const formatQuantity = (value: number | null | undefined, signed = false) => {
  if (value === null || value === undefined || Number.isNaN(Number(value))) return "—"
  const n = Number(value)
  const text = quantityFormat.format(Math.abs(n))
  if (!signed) return n < 0 ? `-${text}` : text
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : text
}

/** Units sold per day (velocity). */
export const formatRate = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(Number(value)) ? "—" : rateFormat.format(Number(value))

/** Days of cover: "∞" when nothing sells (the server sends null). */
export const formatDaysOfCover = (value: number | null | undefined) =>
  value === null || value === undefined ? "∞" : `${rateFormat.format(Number(value))} d`

/** A signed delta, red when negative. */
export const Delta = ({ value }: { value: number }) => (
  <span className={Number(value) < 0 ? "text-ui-fg-error" : Number(value) > 0 ? "text-ui-fg-base" : "text-ui-fg-muted"}>
    {formatQuantity(value, true)}
  </span>
)
