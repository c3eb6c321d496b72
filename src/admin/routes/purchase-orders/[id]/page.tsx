import { Container } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../components/common/query-states"
import { PurchaseOrderHeader } from "../../../components/purchasing/purchase-order-header"
import { PurchaseOrderLines } from "../../../components/purchasing/purchase-order-lines"
import { usePurchaseOrder } from "../../../hooks/use-purchasing-orders"

/** One purchase order: status, lines ordered / received, and Order / Receive / Cancel. */
const PurchaseOrderPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error, refetch } = usePurchaseOrder(id)

  if (isLoading)
    return (
      <Container className="p-0">
        <LoadingState rows={4} label="Loading purchase order" />
      </Container>
    )
  if (isError || !data)
    return (
      <Container className="p-0">
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load this purchase order" />
      </Container>
    )

  return (
    <div className="flex flex-col gap-y-3">
      <PurchaseOrderHeader order={data.purchase_order} />
      <PurchaseOrderLines order={data.purchase_order} />
    </div>
  )
}

export const handle = {
  breadcrumb: () => "Purchase order",
}

export default PurchaseOrderPage
