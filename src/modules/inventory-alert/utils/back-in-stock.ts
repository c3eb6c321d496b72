export type WaitingSubscription = { id: string; variant_id: string; created_at: Date | string }

/**
 * Which waiting subscriptions to notify now: for each variant with stock
 * available (`null` = not inventory-managed, never notified), the oldest
 * ones first, as many as the available units can serve ("available"), or
 * all of them ("all").
 */
export function pickSubscribersToNotify(
  waiting: WaitingSubscription[],
  availability: Record<string, number | null | undefined>,
  mode: "available" | "all"
): string[] {
  const byVariant = new Map<string, WaitingSubscription[]>()
  for (const subscription of waiting) {
    byVariant.set(subscription.variant_id, [...(byVariant.get(subscription.variant_id) ?? []), subscription])
  }
  const picked: string[] = []
  for (const [variantId, subscriptions] of byVariant) {
    const available = availability[variantId]
    if (available == null || available <= 0) continue
    const ordered = [...subscriptions].sort(
      (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id)
    )
    const take = mode === "all" ? ordered.length : Math.min(ordered.length, Math.floor(available))
    picked.push(...ordered.slice(0, take).map((s) => s.id))
  }
  return picked
}
