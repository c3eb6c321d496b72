import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Container, type DataTablePaginationState, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { ErrorState } from "../../components/common/query-states"
import { BatchesTable } from "../../components/coupons/batches-table"
import { GenerateCodesModal } from "../../components/coupons/generate-codes-modal"
import { SpendThresholdForm } from "../../components/coupons/spend-threshold-form"
import { useCouponBatches } from "../../hooks/use-coupon-batches"

const PAGE_SIZE = 20

/** Coupon batches: list with usage, generate codes, and "spend X, save Y" promotions. */
const CouponsPage = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const page = { limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize }
  const { data, isLoading, isPlaceholderData, isError, error, refetch } = useCouponBatches(page)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h1">Coupons</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Batches of unique codes for a promotion. Click a batch to see and revoke its codes.
            </Text>
          </div>
          <GenerateCodesModal />
        </div>
        {isError ? (
          <ErrorState error={error} onRetry={() => refetch()} title="Could not load coupon batches" />
        ) : (
          <BatchesTable
            batches={data?.coupon_batches ?? []}
            count={data?.count ?? 0}
            isLoading={isLoading || isPlaceholderData}
            pagination={pagination}
            onPaginationChange={setPagination}
          />
        )}
      </Container>
      <SpendThresholdForm />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Coupons", icon: ReceiptPercent })

export default CouponsPage
