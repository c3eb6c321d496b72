import type { InventoryInsights } from "../../lib/inventory-types"
import { Stat } from "../common/stat"
import { formatDaysOfCover, formatQuantity, formatRate } from "./quantities"

/** Totals over all locations, sales velocity and the reorder suggestion. */
export const InsightStats = ({ insights }: { insights: InventoryInsights }) => {
  const low = insights.available <= insights.effective_threshold
  const { suggestion } = insights
  return (
    <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-3 xl:grid-cols-5">
      <Stat
        label="Available"
        tone={low ? "warning" : "default"}
        value={formatQuantity(insights.available)}
        hint={low ? "At or below the threshold" : "Stocked minus reserved"}
      />
      <Stat label="Stocked" value={formatQuantity(insights.stocked)} />
      <Stat label="Reserved" value={formatQuantity(insights.reserved)} hint="Held for orders" />
      <Stat label="Incoming" value={formatQuantity(insights.incoming)} hint="On open purchase orders" />
      <Stat label="Effective threshold" value={formatQuantity(insights.effective_threshold)} hint="All locations" />
      <Stat
        label="Sold per day"
        value={formatRate(insights.velocity_per_day)}
        hint={`${formatQuantity(insights.units_sold)} units in the window`}
      />
      <Stat label="Days of cover" value={formatDaysOfCover(insights.days_of_cover)} hint="At the current pace" />
      <Stat
        label="Reorder point"
        value={formatQuantity(suggestion.reorder_point)}
        hint={`Includes ${formatQuantity(suggestion.safety_stock)} safety stock`}
      />
      <Stat
        label="Suggested order"
        tone={suggestion.needs_reorder ? "warning" : "default"}
        value={formatQuantity(suggestion.suggested_quantity)}
        hint={suggestion.needs_reorder ? "Below the reorder point" : "No reorder needed"}
      />
      <Stat
        label="Waiting customers"
        value={formatQuantity(insights.waiting_subscribers)}
        hint="Back-in-stock subscriptions"
      />
    </div>
  )
}
