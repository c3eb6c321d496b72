import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { ErrorState, LoadingState } from "../components/common/query-states"
import { EntryKindBadge } from "../components/loyalty/entry-kind-badge"
import { useLoyaltyAccount } from "../hooks/use-loyalty-account"
import { formatDate, formatPoints } from "../lib/format"
import type { LoyaltyEntry, LoyaltyEntryKind } from "../lib/types"

/** The route's largest page: enough to hold every entry of one order for all but extreme accounts. */
const LEDGER_WINDOW = { limit: 200, offset: 0 }

const LABELS: Partial<Record<LoyaltyEntryKind, string>> = {
  earn: "Earned",
  reverse: "Reversed",
  redeem: "Redeemed",
}

const sumBy = (entries: LoyaltyEntry[], kind: LoyaltyEntryKind) =>
  entries.filter((e) => e.kind === kind).reduce((total, e) => total + Number(e.points), 0)

/** Order page side column: points earned, reversed and redeemed on this order. */
const OrderLoyaltyWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const customerId = order.customer_id
  const isGuest = !customerId || order.customer?.has_account === false
  const { data, isLoading, isError, error, refetch } = useLoyaltyAccount(customerId, LEDGER_WINDOW, {
    enabled: !isGuest,
  })

  // Guest orders earn nothing: no widget rather than an empty card.
  if (isGuest) return null

  const entries = (data?.entries ?? []).filter((e) => e.order_id === order.id)
  const totals = (["earn", "reverse", "redeem"] as const).map((kind) => ({ kind, points: sumBy(entries, kind) }))
  const net = entries.reduce((total, e) => total + Number(e.points), 0)
  const mayBeTruncated = data ? data.count > data.entries.length : false

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Loyalty points</Heading>
        {entries.length > 0 && (
          <Text size="small" weight="plus">
            Net {formatPoints(net, true)}
          </Text>
        )}
      </div>
      {isLoading ? (
        <LoadingState rows={2} label="Loading order points" />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load points" />
      ) : entries.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No points earned or redeemed on this order{mayBeTruncated ? " in the customer's latest 200 entries" : ""}.
        </Text>
      ) : (
        <>
          <div className="grid grid-cols-3 gap-2 px-6 py-4">
            {totals.map(({ kind, points }) => (
              <div key={kind} className="flex flex-col">
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {LABELS[kind]}
                </Text>
                <Text size="small" weight="plus" className={points < 0 ? "text-ui-fg-error" : undefined}>
                  {formatPoints(points, true)}
                </Text>
              </div>
            ))}
          </div>
          <ul className="flex flex-col gap-y-2 px-6 py-4">
            {entries.map((entry) => (
              <li key={entry.id} className="flex items-center justify-between gap-x-2">
                <div className="flex items-center gap-x-2">
                  <EntryKindBadge kind={entry.kind} />
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {formatDate(entry.created_at)}
                    {entry.lot_status === "pending" ? ` · pending until ${formatDate(entry.available_at)}` : ""}
                  </Text>
                </div>
                <Text size="small" className={entry.points < 0 ? "text-ui-fg-error" : undefined}>
                  {formatPoints(entry.points, true)}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderLoyaltyWidget
