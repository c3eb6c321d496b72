import { Container, Heading, Text } from "@medusajs/ui"
import { useStocktakeVariance } from "../../hooks/use-stocktakes"
import { formatMoney, formatPoints } from "../../lib/format"
import { Stat } from "../common/stat"
import { ErrorState, LoadingState } from "../common/query-states"

/** Units and value of the variance so far (counted lines only), money per currency. */
export const VarianceSummary = ({ stocktakeId }: { stocktakeId: string }) => {
  const { data, isLoading, isError, error, refetch } = useStocktakeVariance(stocktakeId)
  const totals = data?.variance.totals

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Variance</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Counted minus expected, for the lines counted so far; valued at the preferred supplier’s cost.
        </Text>
      </div>
      {isLoading ? (
        <LoadingState rows={2} label="Loading variance" />
      ) : isError || !totals ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load the variance" />
      ) : (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
            <Stat
              label="Counted"
              value={`${formatPoints(totals.counted_count)} / ${formatPoints(totals.line_count)}`}
              hint={totals.uncounted_count ? `${formatPoints(totals.uncounted_count)} not counted` : "All counted"}
              tone={totals.uncounted_count ? "warning" : "default"}
            />
            <Stat
              label="Net variance (units)"
              value={formatPoints(totals.variance_quantity, true)}
              hint={`${formatPoints(totals.lines_with_variance)} line${totals.lines_with_variance === 1 ? "" : "s"} differ`}
            />
            <Stat label="Surplus (units)" value={formatPoints(totals.surplus_quantity, true)} />
            <Stat label="Shortage (units)" value={formatPoints(-totals.shortage_quantity, true)} />
          </div>
          {totals.by_currency.length > 0 && (
            <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
              {totals.by_currency.map((c) => (
                <Stat
                  key={c.currency_code}
                  label={`Net value (${c.currency_code.toUpperCase()})`}
                  value={formatMoney(c.variance_value, c.currency_code)}
                  hint={`+${formatMoney(c.surplus_value, c.currency_code)} / −${formatMoney(c.shortage_value, c.currency_code)}`}
                />
              ))}
            </div>
          )}
          {totals.unvalued_count > 0 && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {formatPoints(totals.unvalued_count)} counted line{totals.unvalued_count === 1 ? " has" : "s have"} no
              unit cost and no value.
            </Text>
          )}
        </div>
      )}
    </Container>
  )
}
