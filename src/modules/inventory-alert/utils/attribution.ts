/**
 * Which cause a stock change found by the ledger belongs to.
 *
 * An inventory event says "run G changed level L", not what it changed. When
 * events are processed late, the change found while handling G can include a
 * later run's change of L (a receipt booked right after an order was placed).
 * A cause that lists L and was registered after the ledger last accounted L
 * is such a later run: the newest of them wins over G's own cause.
 */

export type CauseRef = {
  event_group_id: string
  created_at: Date | string
  /** "item:location" keys the run said it would change; null when it did not say. */
  stock_keys: string[] | null
}

const time = (d: Date | string) => new Date(d).getTime()

export function attributeChange<T extends CauseRef>(
  key: string,
  own: T | undefined,
  candidates: T[],
  accountedAt: Date | string | null
): T | undefined {
  const since = accountedAt ? time(accountedAt) : -Infinity
  const later = candidates
    .filter(
      (c) =>
        c !== own &&
        c.stock_keys?.includes(key) &&
        time(c.created_at) > since &&
        (!own || time(c.created_at) > time(own.created_at))
    )
    .sort((a, b) => time(b.created_at) - time(a.created_at))[0]
  return later ?? own
}
