/** Display formatting for customer notifications (no arithmetic: amounts stay decimal strings). */

export function formatMoney(amount: string | number | null | undefined, currency: string | null | undefined) {
  if (amount === null || amount === undefined || amount === "") return ""
  if (!currency) return String(amount)
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currency.toUpperCase() }).format(Number(amount))
  } catch {
    return `${amount} ${currency.toUpperCase()}`
  }
}

export function formatDate(value: string | Date | null | undefined) {
  if (!value) return ""
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10)
}

/** The storefront link that lets a customer retry a failed payment. */
export function retryUrl(cartId: string | null) {
  const base = (process.env.STORE_URL || process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
  return cartId ? `${base}/checkout?cart_id=${encodeURIComponent(cartId)}` : `${base}/checkout`
}

/** A plain-text message as minimal HTML (escaped, line breaks kept), for providers that send only `content.html`. */
export function textToHtml(text: string) {
  const escaped = text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!
  )
  return `<div style="white-space: pre-wrap">${escaped}</div>`
}
