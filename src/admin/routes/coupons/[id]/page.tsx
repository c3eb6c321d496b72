import { Container } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../components/common/query-states"
import { BatchHeader } from "../../../components/coupons/batch-header"
import { CodesTable } from "../../../components/coupons/codes-table"
import { useCouponBatch } from "../../../hooks/use-coupon-batches"

/** One coupon batch: settings, usage, and its codes. */
const CouponBatchPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error, refetch } = useCouponBatch(id)

  if (isLoading)
    return (
      <Container className="p-0">
        <LoadingState rows={4} label="Loading batch" />
      </Container>
    )
  if (isError || !data)
    return (
      <Container className="p-0">
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load this batch" />
      </Container>
    )

  return (
    <div className="flex flex-col gap-y-3">
      <BatchHeader batch={data.coupon_batch} />
      <Container className="p-0">
        <CodesTable batchId={data.coupon_batch.id} generating={data.coupon_batch.status === "generating"} />
      </Container>
    </div>
  )
}

export const handle = {
  breadcrumb: () => "Batch",
}

export default CouponBatchPage
