import { Container } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../components/common/query-states"
import { LinesTable } from "../../../components/stocktake/lines-table"
import { StocktakeHeader } from "../../../components/stocktake/stocktake-header"
import { VarianceSummary } from "../../../components/stocktake/variance-summary"
import { useStocktake } from "../../../hooks/use-stocktakes"

/** One stocktake: enter or upload counts, watch the variance, approve or cancel. */
const StocktakePage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error, refetch } = useStocktake(id)

  if (isLoading)
    return (
      <Container className="p-0">
        <LoadingState rows={4} label="Loading stocktake" />
      </Container>
    )
  if (isError || !data)
    return (
      <Container className="p-0">
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load this stocktake" />
      </Container>
    )

  const { stocktake } = data
  return (
    <div className="flex flex-col gap-y-3">
      <StocktakeHeader stocktake={stocktake} />
      <VarianceSummary stocktakeId={stocktake.id} />
      <Container className="p-0">
        <LinesTable stocktakeId={stocktake.id} editable={stocktake.status === "counting"} />
      </Container>
    </div>
  )
}

export const handle = {
  breadcrumb: () => "Stocktake",
}

export default StocktakePage
