import { createDataTableColumnHelper, DataTable, type DataTablePaginationState, Text, useDataTable } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate, formatPoints } from "../../lib/format"
import type { LoyaltyEntry } from "../../lib/types"
import { EntryKindBadge } from "./entry-kind-badge"

const columnHelper = createDataTableColumnHelper<LoyaltyEntry>()

const columns = [
  columnHelper.accessor("created_at", {
    header: "Date",
    cell: ({ getValue }) => formatDate(getValue(), true),
  }),
  columnHelper.accessor("kind", {
    header: "Type",
    cell: ({ getValue }) => <EntryKindBadge kind={getValue()} />,
  }),
  columnHelper.accessor("points", {
    header: "Points",
    align: "right",
    cell: ({ getValue }) => (
      <Text size="small" weight="plus" className={`${getValue() < 0 ? "text-ui-fg-error" : "text-ui-fg-base"}`}>
        {formatPoints(getValue(), true)}
      </Text>
    ),
  }),
  columnHelper.display({
    id: "details",
    header: "Details",
    cell: ({ row }) => <EntryDetails entry={row.original} />,
  }),
  columnHelper.display({
    id: "lot",
    header: "Lot",
    cell: ({ row }) => <LotStatus entry={row.original} />,
  }),
]

const EntryDetails = ({ entry }: { entry: LoyaltyEntry }) => (
  <div className="flex flex-col">
    {entry.reason && (
      <Text size="small" className="max-w-[280px] truncate" title={entry.reason}>
        {entry.reason}
      </Text>
    )}
    <Text size="xsmall" className="text-ui-fg-subtle">
      {entry.order_id ? (
        <Link to={`/orders/${entry.order_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
          Order
        </Link>
      ) : (
        entry.source
      )}
      {entry.actor ? ` · by ${entry.actor}` : ""}
      {entry.currency_code ? ` · ${entry.currency_code.toUpperCase()}` : ""}
    </Text>
  </div>
)

const LotStatus = ({ entry }: { entry: LoyaltyEntry }) => {
  if (!entry.lot_status) return <Text size="small">—</Text>
  const detail =
    entry.lot_status === "pending"
      ? `until ${formatDate(entry.available_at)}`
      : entry.lot_status === "available"
        ? `${formatPoints(entry.remaining)} left${entry.expires_at ? `, expires ${formatDate(entry.expires_at)}` : ""}`
        : "fully used"
  return (
    <div className="flex flex-col">
      <Text size="small">{entry.lot_status}</Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {detail}
      </Text>
    </div>
  )
}

type LedgerTableProps = {
  entries: LoyaltyEntry[]
  count: number
  isLoading: boolean
  pagination: DataTablePaginationState
  onPaginationChange: (state: DataTablePaginationState) => void
}

/** The ledger, newest first, paginated on the server. */
export const LedgerTable = ({ entries, count, isLoading, pagination, onPaginationChange }: LedgerTableProps) => {
  const table = useDataTable({
    columns,
    data: entries,
    rowCount: count,
    isLoading,
    getRowId: (row) => row.id,
    pagination: { state: pagination, onPaginationChange },
  })
  return (
    <DataTable instance={table}>
      <DataTable.Table
        emptyState={{ empty: { heading: "No ledger entries", description: "Points earned or adjusted show here." } }}
      />
      <DataTable.Pagination />
    </DataTable>
  )
}
