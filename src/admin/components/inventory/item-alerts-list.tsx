import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate } from "../../lib/format"
import type { InventoryAlert } from "../../lib/inventory-types"
import { AlertStatusBadge, KindBadge, SeverityBadge } from "./badges"
import { locationLabel } from "./item-link"
import { formatQuantity } from "./quantities"

/** The item's open and acknowledged alerts (the insights route sends them without location names). */
export const ItemAlertsList = ({
  alerts,
  locationNames,
}: {
  alerts: InventoryAlert[]
  locationNames: Map<string, string>
}) => (
  <ul className="flex flex-col divide-y" aria-label="Active alerts">
    {alerts.map((alert) => (
      <li key={alert.id} className="flex flex-wrap items-center justify-between gap-2 px-6 py-3">
        <div className="flex items-center gap-x-2">
          <SeverityBadge severity={alert.severity} />
          <KindBadge kind={alert.kind} />
          <Text size="small" weight="plus">
            {locationLabel(
              alert.location ?? (alert.location_id ? { name: locationNames.get(alert.location_id) } : null),
              alert.location_id,
              alert.scope_key
            )}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {formatQuantity(alert.current_quantity)} available, threshold {formatQuantity(alert.threshold)}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Text size="xsmall" className="text-ui-fg-subtle">
            Raised {formatDate(alert.raised_at, true)}
          </Text>
          <AlertStatusBadge status={alert.status} />
        </div>
      </li>
    ))}
    <li className="px-6 py-2">
      <Link
        to="/inventory-alerts"
        className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small"
      >
        Acknowledge or resolve in Inventory alerts
      </Link>
    </li>
  </ul>
)
