import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useCallback, useEffect, useMemo, useState } from "react"
import { ErrorState, LoadingState } from "../components/common/query-states"
import { AdjustStockDrawer } from "../components/inventory/adjust-stock-drawer"
import { InsightStats } from "../components/inventory/insight-stats"
import { ItemAlertsList } from "../components/inventory/item-alerts-list"
import { LevelsThresholdsTable } from "../components/inventory/levels-thresholds-table"
import { RecentLedger } from "../components/inventory/recent-ledger"
import { useInventoryInsights } from "../hooks/use-inventory-insights"

/** The ledger and alerts are written by subscribers after a change: keep refreshing this long. */
const FOLLOW_UP_MS = 12_000

/** Inventory item page: stock per location, thresholds, alerts, velocity, reorder suggestion, ledger. */
const InventoryItemStockControlWidget = ({ data: item }: DetailWidgetProps<HttpTypes.AdminInventoryItem>) => {
  const [followUp, setFollowUp] = useState(0)
  const [polling, setPolling] = useState(false)
  const { data, isLoading, isError, error, refetch } = useInventoryInsights(item.id, { poll: polling })

  useEffect(() => {
    if (!followUp) return
    setPolling(true)
    const timer = setTimeout(() => setPolling(false), FOLLOW_UP_MS)
    return () => clearTimeout(timer)
  }, [followUp])
  const startFollowUp = useCallback(() => setFollowUp((n) => n + 1), [])

  const insights = data?.insights
  const locationNames = useMemo(
    () => new Map((insights?.per_location ?? []).map((l) => [l.location_id, l.location_name || l.location_id])),
    [insights?.per_location]
  )
  // Still-low alerts resolved by hand stay in `active_alerts` until stock recovers; show the ones to act on.
  const alerts = (insights?.active_alerts ?? []).filter((a) => a.status !== "resolved")
  const critical = alerts.filter((a) => a.severity === "critical").length

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h2">Stock control</Heading>
          {alerts.length > 0 && (
            <Badge size="2xsmall" color={critical ? "red" : "orange"}>
              {alerts.length} active alert{alerts.length === 1 ? "" : "s"}
            </Badge>
          )}
        </div>
        {insights && (
          <AdjustStockDrawer inventoryItemId={item.id} levels={insights.per_location} onAdjusted={startFollowUp} />
        )}
      </div>
      {isLoading ? (
        <LoadingState rows={5} label="Loading stock control" />
      ) : isError || !insights ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load stock control" />
      ) : (
        <>
          <InsightStats insights={insights} />
          <div className="px-6 py-3">
            <Heading level="h3">Levels and thresholds</Heading>
            <Text size="xsmall" className="text-ui-fg-subtle">
              An alert is raised when available stock falls to the threshold. The item is always watched summed over all
              locations; a location is watched on its own once it has a threshold.
            </Text>
          </div>
          {insights.per_location.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle px-6 py-3">
              This item is not stocked at any location yet: add a location above to adjust stock and set thresholds.
            </Text>
          ) : (
            <LevelsThresholdsTable insights={insights} onSaved={startFollowUp} />
          )}
          <div className="px-6 py-3">
            <Heading level="h3">Active alerts</Heading>
          </div>
          {alerts.length ? (
            <ItemAlertsList alerts={alerts} locationNames={locationNames} />
          ) : (
            <Text size="small" className="text-ui-fg-subtle px-6 py-3">
              No open or acknowledged alerts.
            </Text>
          )}
          <div className="flex items-center justify-between px-6 py-3">
            <Heading level="h3">Recent movements</Heading>
            <Text size="xsmall" className="text-ui-fg-subtle">
              Last {Math.min(10, insights.recent_ledger.length)}, newest first
            </Text>
          </div>
          <RecentLedger inventoryItemId={item.id} entries={insights.recent_ledger} locationNames={locationNames} />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "inventory_item.details.after" })

export default InventoryItemStockControlWidget
