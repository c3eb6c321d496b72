import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useApproveStocktake, useCancelStocktake, useStocktakeLocations } from "../../hooks/use-stocktakes"
import { errorMessage, formatDate, formatPoints } from "../../lib/format"
import type { Stocktake } from "../../lib/stocktake-types"
import { CsvUploadDrawer } from "./csv-upload-drawer"
import { StocktakeStatusBadge } from "./status-badge"

/** Name, status, location and the stocktake's actions (upload, approve, cancel). */
export const StocktakeHeader = ({ stocktake }: { stocktake: Stocktake }) => {
  const prompt = usePrompt()
  const approve = useApproveStocktake(stocktake.id)
  const cancel = useCancelStocktake(stocktake.id)
  const locations = useStocktakeLocations()
  const location = locations.data?.find((l) => l.id === stocktake.location_id)?.name ?? stocktake.location_id
  const uncounted = stocktake.line_count - stocktake.counted_count
  const counting = stocktake.status === "counting"

  const onApprove = async () => {
    const confirmed = await prompt({
      title: "Approve this stocktake?",
      description: uncounted
        ? `${formatPoints(uncounted)} line${uncounted === 1 ? " is" : "s are"} not counted and will be left unchanged. For every counted line, the difference between counted and expected is applied to the current stock.`
        : "For every line, the difference between counted and expected is applied to the current stock (sales made during the count are kept). This cannot be undone.",
      confirmText: uncounted ? "Approve counted lines" : "Approve",
      cancelText: "Keep counting",
    })
    if (!confirmed) return
    approve.mutate(uncounted ? { uncounted: "ignore" } : {}, {
      onSuccess: ({ adjusted }) =>
        toast.success("Stocktake approved", {
          description: `${formatPoints(adjusted)} stock level${adjusted === 1 ? "" : "s"} corrected`,
        }),
      onError: (e) => toast.error("Could not approve", { description: errorMessage(e) }),
    })
  }

  const onCancel = async () => {
    const confirmed = await prompt({
      title: "Cancel this stocktake?",
      description: "No stock is changed. The counts are kept for reference, but it cannot be approved any more.",
      confirmText: "Cancel stocktake",
      cancelText: "Keep it",
      variant: "danger",
    })
    if (!confirmed) return
    cancel.mutate(undefined, {
      onSuccess: () => toast.success("Stocktake canceled"),
      onError: (e) => toast.error("Could not cancel", { description: errorMessage(e) }),
    })
  }

  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4 md:flex-row md:items-start md:justify-between">
      <div className="flex flex-col gap-y-1">
        <div className="flex items-center gap-x-2">
          <Heading level="h1">{stocktake.name || "Stocktake"}</Heading>
          <StocktakeStatusBadge status={stocktake.status} />
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {location} · {stocktake.scope === "subset" ? "selected items" : "all items"} · started{" "}
          {formatDate(stocktake.created_at, true)}
          {stocktake.approved_at ? ` · approved ${formatDate(stocktake.approved_at, true)}` : ""}
          {stocktake.canceled_at ? ` · canceled ${formatDate(stocktake.canceled_at, true)}` : ""}
        </Text>
        {stocktake.notes && (
          <Text size="small" className="text-ui-fg-subtle whitespace-pre-line">
            {stocktake.notes}
          </Text>
        )}
      </div>
      {counting && (
        <div className="flex flex-wrap gap-2">
          <CsvUploadDrawer stocktakeId={stocktake.id} />
          <Button size="small" variant="danger" onClick={onCancel} isLoading={cancel.isPending}>
            Cancel stocktake
          </Button>
          <Button
            size="small"
            onClick={onApprove}
            isLoading={approve.isPending}
            disabled={stocktake.counted_count === 0}
          >
            Approve
          </Button>
        </div>
      )}
    </Container>
  )
}
