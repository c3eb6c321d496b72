import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ErrorState, LoadingState } from "../components/common/query-states"
import { formatAge, SeverityBadge, TypeBadge } from "../components/order-exceptions/badges"
import { useOrderExceptions, useOrderFraudAssessment } from "../hooks/use-order-exceptions"

/** On the order page: its open exception cases and its fraud score with the reasons. */
const OrderExceptionsWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const cases = useOrderExceptions({
    type: [],
    status: ["open", "in_progress"],
    order_id: order.id,
    min_age_hours: null,
    max_age_hours: null,
    limit: 20,
    offset: 0,
  })
  const fraud = useOrderFraudAssessment(order.id)
  const open = cases.data?.order_exceptions ?? []
  const assessment = fraud.data?.fraud_assessment
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Exceptions</Heading>
        <Badge size="2xsmall" color={open.length ? "red" : "green"}>
          {cases.isLoading ? "…" : `${open.length} open`}
        </Badge>
      </div>
      {cases.isLoading ? (
        <LoadingState rows={2} />
      ) : cases.isError ? (
        <ErrorState error={cases.error} onRetry={() => cases.refetch()} title="Could not load the cases" />
      ) : open.length ? (
        <ul className="divide-y">
          {open.map((c) => (
            <li key={c.id} className="flex flex-col gap-y-1 px-6 py-3">
              <div className="flex items-center gap-x-2">
                <TypeBadge type={c.type} />
                <SeverityBadge severity={c.severity} />
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {formatAge(c.age_seconds)}
                </Text>
              </div>
              <Link
                to={`/order-exceptions?case=${c.id}`}
                className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-small"
              >
                {c.summary}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          Nothing needs attention.
        </Text>
      )}
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <div className="flex items-center justify-between">
          <Text size="small" weight="plus">
            Fraud score
          </Text>
          {assessment && (
            <Badge size="2xsmall" color={assessment.flagged ? "red" : assessment.score > 0 ? "orange" : "green"}>
              {assessment.score} / 100
            </Badge>
          )}
        </div>
        {fraud.isLoading ? (
          <LoadingState rows={1} />
        ) : fraud.isError ? (
          <ErrorState error={fraud.error} onRetry={() => fraud.refetch()} title="Could not load the fraud score" />
        ) : !assessment ? (
          <Text size="small" className="text-ui-fg-subtle">
            Not assessed (placed before the inbox was installed).
          </Text>
        ) : assessment.reasons.length ? (
          <ul className="flex flex-col gap-y-1">
            {assessment.reasons.map((r) => (
              <li key={r.rule}>
                <Text size="small">
                  +{r.weight} · {r.detail}
                </Text>
              </li>
            ))}
          </ul>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            No rule fired.
          </Text>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderExceptionsWidget
