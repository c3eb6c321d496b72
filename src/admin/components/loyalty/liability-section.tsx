import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useLoyaltyLiability, useLoyaltyReconcile } from "../../hooks/use-loyalty-overview"
import { formatMoney, formatPoints } from "../../lib/format"
import { Stat } from "../common/stat"
import { EmptyState, ErrorState, LoadingState } from "../common/query-states"
import { ReconcileBadge } from "./reconcile-badge"

/** Outstanding points and what they are worth, per currency; total debt; ledger reconciliation. */
export const LiabilitySection = () => {
  const liability = useLoyaltyLiability()
  const reconcile = useLoyaltyReconcile()
  const currencies = liability.data?.liability.currencies ?? []
  const debt = liability.data?.liability.points_debt ?? 0

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Liability</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Points customers hold (available and pending) and their value at today&apos;s rules.
          </Text>
        </div>
        {reconcile.isLoading ? (
          <Text size="small" className="text-ui-fg-muted">
            Checking ledger…
          </Text>
        ) : reconcile.isError ? (
          <Text size="small" className="text-ui-fg-error">
            Reconcile check failed
          </Text>
        ) : reconcile.data ? (
          <ReconcileBadge reconciled={reconcile.data.reconciled} mismatches={reconcile.data.mismatches.length} />
        ) : null}
      </div>
      {liability.isLoading ? (
        <LoadingState rows={2} label="Loading liability" />
      ) : liability.isError ? (
        <ErrorState
          error={liability.error}
          onRetry={() => liability.refetch()}
          title="Could not load the liability report"
        />
      ) : (
        <>
          {currencies.length === 0 ? (
            <EmptyState title="No outstanding points" description="Nobody holds points yet." />
          ) : (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Currency</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Available</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Pending</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Value</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {currencies.map((row) => (
                  <Table.Row key={row.currency_code}>
                    <Table.Cell>
                      {row.currency_code === "none" ? "No currency" : row.currency_code.toUpperCase()}
                    </Table.Cell>
                    <Table.Cell className="text-right">{formatPoints(row.points_available)}</Table.Cell>
                    <Table.Cell className="text-right">{formatPoints(row.points_pending)}</Table.Cell>
                    <Table.Cell className="text-right">
                      {row.value === null ? (
                        <Text size="small" className="text-ui-fg-muted" title="No rule for this currency">
                          no rule
                        </Text>
                      ) : (
                        formatMoney(row.value, row.currency_code)
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
          <div className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-2">
            <Stat
              label="Points debt (all customers)"
              value={formatPoints(debt)}
              tone={debt > 0 ? "warning" : "default"}
              hint={debt > 0 ? "Reversed after being spent; recovered from future earnings" : "No customer owes points"}
            />
          </div>
        </>
      )}
    </Container>
  )
}
