import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, type DataTablePaginationState, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { ErrorState, LoadingState } from "../components/common/query-states"
import { AdjustPointsDrawer } from "../components/loyalty/adjust-points-drawer"
import { LedgerTable } from "../components/loyalty/ledger-table"
import { PointsBalances } from "../components/loyalty/points-balances"
import { ReconcileBadge } from "../components/loyalty/reconcile-badge"
import { useLoyaltyAccount } from "../hooks/use-loyalty-account"

const PAGE_SIZE = 20

/** Customer page: balances, debt, ledger and manual adjustments. */
const CustomerLoyaltyWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const page = { limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize }
  const { data, isLoading, isPlaceholderData, isError, error, refetch } = useLoyaltyAccount(customer.id, page)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h2">Loyalty points</Heading>
          {data && <ReconcileBadge reconciled={data.reconciled} />}
        </div>
        {data && <AdjustPointsDrawer customerId={customer.id} available={data.account.points_available} />}
      </div>
      {isLoading ? (
        <LoadingState rows={4} label="Loading loyalty points" />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load loyalty points" />
      ) : data ? (
        <>
          {customer.has_account === false && (
            <Text size="small" className="text-ui-fg-subtle px-6 py-3">
              Guest customer: points are earned only once the customer registers.
            </Text>
          )}
          <PointsBalances account={data.account} />
          <div className="flex items-center justify-between px-6 py-3">
            <Heading level="h3">Ledger</Heading>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {data.count} {data.count === 1 ? "entry" : "entries"}, newest first
            </Text>
          </div>
          <LedgerTable
            entries={data.entries}
            count={data.count}
            isLoading={isPlaceholderData}
            pagination={pagination}
            onPaginationChange={setPagination}
          />
        </>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerLoyaltyWidget
