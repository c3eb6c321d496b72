import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Container, type DataTablePaginationState, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { ErrorState } from "../../components/common/query-states"
import { CreatePurchaseOrderModal } from "../../components/purchasing/create-purchase-order-modal"
import { PurchaseOrdersTable } from "../../components/purchasing/purchase-orders-table"
import { usePurchaseOrders } from "../../hooks/use-purchasing-orders"

const PAGE_SIZE = 20

/** Purchase orders: filter by status, create a draft, open one to order or receive it. */
const PurchaseOrdersPage = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [status, setStatus] = useState<string | null>(null)
  const params = {
    status,
    supplier_id: null,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  }
  const { data, isLoading, isPlaceholderData, isError, error, refetch } = usePurchaseOrders(params)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Purchase orders</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Stock ordered from suppliers: incoming when ordered, in stock when received.
          </Text>
        </div>
        <CreatePurchaseOrderModal />
      </div>
      {isError ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load purchase orders" />
      ) : (
        <PurchaseOrdersTable
          orders={data?.purchase_orders ?? []}
          count={data?.count ?? 0}
          isLoading={isLoading || isPlaceholderData}
          pagination={pagination}
          onPaginationChange={setPagination}
          status={status}
          onStatusChange={(next) => {
            setStatus(next)
            setPagination((p) => ({ ...p, pageIndex: 0 }))
          }}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Purchase orders", icon: DocumentText })

export default PurchaseOrdersPage
