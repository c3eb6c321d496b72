import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { EmptyState, ErrorState, LoadingState } from "../components/common/query-states"
import { useOrderTimeline } from "../hooks/order-timeline"
import { formatDate, formatMoney } from "../lib/format"
import { kindLabel, type TimelineEntry } from "../lib/order-timeline"

const PAGE_SIZE = 20

type Color = "green" | "blue" | "orange" | "red" | "grey" | "purple"

const kindColor = (kind: string): Color => {
  if (kind === "payment.failed" || kind === "order.canceled" || kind === "payment.canceled") return "red"
  if (kind === "payment.requires_more" || kind.endsWith(".canceled")) return "orange"
  if (kind.startsWith("payment.")) return "green"
  if (kind.startsWith("return.") || kind.startsWith("claim.") || kind.startsWith("exchange.")) return "purple"
  if (kind.startsWith("fulfillment.") || kind.startsWith("shipment.") || kind.startsWith("delivery.")) return "blue"
  return "grey"
}

const actorLabel = (actor: string | null) =>
  !actor
    ? null
    : actor === "system"
      ? "System"
      : actor.startsWith("user_")
        ? `Admin ${actor}`
        : actor.startsWith("cus_")
          ? `Customer ${actor}`
          : actor

const EntryRow = ({ entry }: { entry: TimelineEntry }) => {
  const actor = actorLabel(entry.actor)
  return (
    <li
      className="flex items-start justify-between gap-x-4 px-6 py-3"
      data-testid="order-timeline-entry"
      data-kind={entry.kind}
    >
      <div className="flex min-w-0 flex-col gap-y-1">
        <div className="flex items-center gap-x-2">
          <Badge size="2xsmall" color={kindColor(entry.kind)}>
            {kindLabel(entry.kind)}
          </Badge>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {formatDate(entry.occurred_at, true)}
          </Text>
        </div>
        <Text size="small" leading="compact" className="break-words">
          {entry.summary}
        </Text>
        {actor && (
          <Text size="xsmall" className="text-ui-fg-muted">
            by {actor}
          </Text>
        )}
      </div>
      {entry.amount !== null && entry.amount !== undefined && (
        <Text size="small" weight="plus" className="shrink-0">
          {formatMoney(Number(entry.amount), entry.currency_code)}
        </Text>
      )}
    </li>
  )
}

/** Order page: everything that happened to the order (events, payments, webhook failures), newest first. */
const OrderTimelineWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const [pageIndex, setPageIndex] = useState(0)
  const page = { limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE }
  const { data, isLoading, isError, error, refetch, isFetching } = useOrderTimeline(order.id, page)
  const pages = data ? Math.max(1, Math.ceil(data.count / PAGE_SIZE)) : 1

  return (
    <Container className="divide-y p-0" data-testid="order-timeline">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">Timeline</Heading>
        <Button size="small" variant="transparent" onClick={() => refetch()} isLoading={isFetching && !isLoading}>
          Refresh
        </Button>
      </div>
      {isLoading ? (
        <LoadingState rows={4} label="Loading timeline" />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load the timeline" />
      ) : !data?.timeline_entries.length ? (
        <EmptyState title="Nothing recorded yet" description="Order and payment events appear here as they happen." />
      ) : (
        <>
          <ul className="divide-y">
            {data.timeline_entries.map((entry) => (
              <EntryRow key={entry.id} entry={entry} />
            ))}
          </ul>
          {pages > 1 && (
            <div className="flex items-center justify-between px-6 py-3">
              <Text size="xsmall" className="text-ui-fg-subtle">
                Page {pageIndex + 1} of {pages} · {data.count} entries
              </Text>
              <div className="flex gap-x-2">
                <Button
                  size="small"
                  variant="secondary"
                  disabled={pageIndex === 0}
                  onClick={() => setPageIndex((p) => p - 1)}
                >
                  Newer
                </Button>
                <Button
                  size="small"
                  variant="secondary"
                  disabled={pageIndex + 1 >= pages}
                  onClick={() => setPageIndex((p) => p + 1)}
                >
                  Older
                </Button>
              </div>
            </div>
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderTimelineWidget
