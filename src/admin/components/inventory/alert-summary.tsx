import { Skeleton } from "@medusajs/ui"
import { useInventoryAlertSummary } from "../../hooks/use-inventory-alerts"
import { ErrorState } from "../common/query-states"
import { Stat } from "../common/stat"
import { formatQuantity } from "./quantities"

/** Open, acknowledged and critical open alerts, store-wide. */
export const AlertSummary = () => {
  const { data, isLoading, isError, error, refetch } = useInventoryAlertSummary()
  if (isError) return <ErrorState error={error} onRetry={() => refetch()} title="Could not load the alert summary" />
  const summary = data?.summary
  const value = (n: number | undefined) => (isLoading ? <Skeleton className="h-6 w-10" /> : formatQuantity(n ?? 0))
  return (
    <div className="grid grid-cols-1 gap-3 px-6 py-4 sm:grid-cols-3" aria-label="Alert summary">
      <Stat label="Open" value={value(summary?.open)} hint="Raised, nobody has looked yet" />
      <Stat label="Acknowledged" value={value(summary?.acknowledged)} hint="Seen, waiting for stock" />
      <Stat
        label="Critical"
        tone={summary && summary.critical_open > 0 ? "warning" : "default"}
        value={value(summary?.critical_open)}
        hint="Open alerts of critical severity"
      />
    </div>
  )
}
