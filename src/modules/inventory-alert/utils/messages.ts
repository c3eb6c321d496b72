/** Pure message builders for alert notifications (admin feed, e-mail, Slack-compatible webhooks). */

export type AlertForMessage = {
  id: string
  kind: "low_stock" | "out_of_stock"
  threshold: number
  raised_quantity: number
  item: { sku?: string | null; title?: string | null } | null
  location: { name?: string | null } | null
}

export function alertTitle(alert: AlertForMessage): string {
  const what = alert.item?.sku || alert.item?.title || "an inventory item"
  return alert.kind === "out_of_stock" ? `Out of stock: ${what}` : `Low stock: ${what}`
}

export function alertDescription(alert: AlertForMessage): string {
  const where = alert.location?.name ? `at ${alert.location.name}` : "across all locations"
  const name = alert.item?.title && alert.item?.sku ? `${alert.item.title} (${alert.item.sku})` : alert.item?.title
  const prefix = name ? `${name}: ` : ""
  return alert.kind === "out_of_stock"
    ? `${prefix}${alert.raised_quantity} available ${where}.`
    : `${prefix}${alert.raised_quantity} available ${where}, threshold ${alert.threshold}.`
}

/** One Slack-compatible message for a batch of new alerts (the first `max` listed). */
export function webhookPayload(alerts: AlertForMessage[], max = 20) {
  const critical = alerts.filter((a) => a.kind === "out_of_stock").length
  const header =
    alerts.length === 1
      ? alertTitle(alerts[0])
      : `${alerts.length} new inventory alerts${critical ? ` (${critical} out of stock)` : ""}`
  const lines = alerts.slice(0, max).map((a) => `• ${alertTitle(a)}: ${alertDescription(a)}`)
  if (alerts.length > max) lines.push(`…and ${alerts.length - max} more`)
  return {
    text: [header, ...lines].join("\n"),
    alerts: alerts.map((a) => ({ id: a.id, kind: a.kind, threshold: a.threshold, available: a.raised_quantity })),
  }
}
