import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate } from "../../lib/format"
import type { StockLedgerEntry } from "../../lib/inventory-types"
import { EmptyState } from "../common/query-states"
import { ReasonBadge } from "./badges"
import { Delta, formatQuantity } from "./quantities"

/** The item's last stock movements (the insights route sends up to 10, newest first). */
export const RecentLedger = ({
  inventoryItemId,
  entries,
  locationNames,
}: {
  inventoryItemId: string
  entries: StockLedgerEntry[]
  locationNames: Map<string, string>
}) =>
  entries.length === 0 ? (
    <EmptyState title="No stock movements yet" description="Orders, receipts and adjustments of this item show here." />
  ) : (
    <div className="overflow-x-auto">
      <Table aria-label="Recent stock movements">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Date</Table.HeaderCell>
            <Table.HeaderCell>Location</Table.HeaderCell>
            <Table.HeaderCell>Reason</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Change</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Stocked</Table.HeaderCell>
            <Table.HeaderCell>Note</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {entries.slice(0, 10).map((entry) => (
            <Table.Row key={entry.id}>
              <Table.Cell>{formatDate(entry.created_at, true)}</Table.Cell>
              <Table.Cell>{locationNames.get(entry.location_id) ?? entry.location_id}</Table.Cell>
              <Table.Cell>
                <ReasonBadge reason={entry.reason} />
              </Table.Cell>
              <Table.Cell className="text-right">
                <Delta value={entry.delta} />
              </Table.Cell>
              <Table.Cell className="text-right">
                {formatQuantity(entry.quantity_before)} → {formatQuantity(entry.quantity_after)}
              </Table.Cell>
              <Table.Cell>
                <Text size="small" className="max-w-[260px] truncate" title={entry.note ?? undefined}>
                  {entry.note || "—"}
                </Text>
                {entry.actor && (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    by {entry.actor}
                  </Text>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="px-6 py-2">
        <Link
          to={`/inventory-alerts?tab=ledger&inventory_item_id=${encodeURIComponent(inventoryItemId)}`}
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small"
        >
          All movements of this item
        </Link>
      </div>
    </div>
  )
