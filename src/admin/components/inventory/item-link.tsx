import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { InventoryItemRef } from "../../lib/inventory-types"

/** Title and SKU of an inventory item, linking to its page (/app/inventory/:id). */
export const ItemLink = ({ id, item }: { id: string; item: Partial<InventoryItemRef> | null | undefined }) => {
  const title = item?.title || item?.sku || id
  return (
    <div className="flex min-w-0 flex-col">
      <Link
        to={`/inventory/${id}`}
        className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover truncate txt-compact-small"
        onClick={(e) => e.stopPropagation()}
      >
        {title}
      </Link>
      {item?.sku && item.sku !== title && (
        <Text size="xsmall" className="text-ui-fg-subtle truncate font-mono">
          {item.sku}
        </Text>
      )}
    </div>
  )
}

export const ALL_LOCATIONS = "All locations"

/** A location name, "All locations" for the summed scope ("*" / null). */
export const locationLabel = (
  location: { name?: string | null } | null | undefined,
  locationId: string | null | undefined,
  scopeKey?: string
) => {
  if (scopeKey === "*" || (!locationId && !location)) return ALL_LOCATIONS
  return location?.name || locationId || ALL_LOCATIONS
}
