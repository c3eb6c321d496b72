import {
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  type DataTableDateComparisonOperator,
  type DataTableFilteringState,
  type DataTablePaginationState,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { createContext, useContext, useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { useInventoryItemRefs } from "../../hooks/use-inventory-item-refs"
import { useStockLedger } from "../../hooks/use-inventory-ledger"
import { useInventoryStockLocations } from "../../hooks/use-inventory-locations"
import { formatDate } from "../../lib/format"
import type {
  InventoryItemRef,
  StockLedgerEntry,
  StockLedgerParams,
  StockLedgerReason,
} from "../../lib/inventory-types"
import { ErrorState } from "../common/query-states"
import { REASON_LABELS, ReasonBadge } from "./badges"
import { ItemLink } from "./item-link"
import { Delta, formatQuantity } from "./quantities"

const PAGE_SIZE = 25
const DAY_MS = 24 * 60 * 60 * 1000

/** Names for the ids on the page: items (SKU, title) and locations. */
const NamesContext = createContext<{ items: Map<string, InventoryItemRef>; locations: Map<string, string> }>({
  items: new Map(),
  locations: new Map(),
})

const ItemCell = ({ id }: { id: string }) => <ItemLink id={id} item={useContext(NamesContext).items.get(id)} />
const LocationCell = ({ id }: { id: string }) => <>{useContext(NamesContext).locations.get(id) ?? id}</>

const columnHelper = createDataTableColumnHelper<StockLedgerEntry>()
const filterHelper = createDataTableFilterHelper<StockLedgerEntry>()

const columns = [
  columnHelper.accessor("created_at", {
    header: "Date",
    cell: ({ getValue }) => formatDate(getValue(), true),
  }),
  columnHelper.accessor("inventory_item_id", {
    header: "Item",
    cell: ({ getValue }) => <ItemCell id={getValue()} />,
  }),
  columnHelper.accessor("location_id", {
    header: "Location",
    cell: ({ getValue }) => <LocationCell id={getValue()} />,
  }),
  columnHelper.accessor("reason", {
    header: "Reason",
    cell: ({ getValue }) => <ReasonBadge reason={getValue()} />,
  }),
  columnHelper.accessor("delta", {
    header: "Change",
    align: "right",
    cell: ({ row }) => (
      <div className="flex flex-col items-end">
        <Text size="small" weight="plus">
          <Delta value={row.original.delta} />
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {formatQuantity(row.original.quantity_before)} → {formatQuantity(row.original.quantity_after)}
        </Text>
      </div>
    ),
  }),
  columnHelper.display({
    id: "details",
    header: "Details",
    cell: ({ row }) => <EntryDetails entry={row.original} />,
  }),
]

/** Where a reference type has an admin page. */
const REFERENCE_PATHS: Record<string, string> = {
  order: "/orders",
  return: "/orders",
  purchase_order: "/purchase-orders",
  stocktake: "/stocktakes",
}

/** A manual adjustment references the item itself: nothing to add. */
const hasReference = (entry: StockLedgerEntry) =>
  Boolean(entry.reference_type && entry.reference_id && entry.reference_id !== entry.inventory_item_id)

const Reference = ({ entry }: { entry: StockLedgerEntry }) => {
  if (!hasReference(entry) || !entry.reference_type || !entry.reference_id) return null
  const label = `${entry.reference_type.replace(/_/g, " ")} ${entry.reference_id}`
  const base = entry.reference_type === "return" ? null : REFERENCE_PATHS[entry.reference_type]
  return base ? (
    <Link to={`${base}/${entry.reference_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
      {label}
    </Link>
  ) : (
    <>{label}</>
  )
}

const EntryDetails = ({ entry }: { entry: StockLedgerEntry }) => (
  <div className="flex max-w-[320px] flex-col">
    {entry.note && (
      <Text size="small" className="truncate" title={entry.note}>
        {entry.note}
      </Text>
    )}
    <Text size="xsmall" className="text-ui-fg-subtle truncate">
      <Reference entry={entry} />
      {entry.actor ? `${hasReference(entry) ? " · " : ""}by ${entry.actor}` : ""}
      {!entry.note && !entry.actor && !hasReference(entry) ? "—" : ""}
    </Text>
  </div>
)

const asString = (value: unknown) => (typeof value === "string" && value ? value : null)
const REASONS = Object.keys(REASON_LABELS) as StockLedgerReason[]

const toParams = (filtering: DataTableFilteringState) => {
  const created = (filtering.created_at ?? {}) as DataTableDateComparisonOperator
  // The reason filter ("select") holds an array; the location filter ("radio") one id.
  const reasons = Array.isArray(filtering.reason)
    ? filtering.reason
    : asString(filtering.reason)
      ? [filtering.reason]
      : []
  return {
    reason: reasons.filter((r): r is StockLedgerReason => REASONS.includes(r as StockLedgerReason)),
    location_id: asString(filtering.location_id),
    created_after: created.$gte ?? created.$gt ?? null,
    // The server's bound is exclusive: "to" a day includes that whole day.
    created_before: created.$lte
      ? new Date(new Date(created.$lte).getTime() + DAY_MS).toISOString()
      : (created.$lt ?? null),
  }
}

/** Every change of stocked quantity, newest first: filter by reason, location and date. */
export const StockLedgerTable = ({ inventoryItemId = null }: { inventoryItemId?: string | null }) => {
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const locations = useInventoryStockLocations()

  const params: StockLedgerParams = {
    ...toParams(filtering),
    inventory_item_id: inventoryItemId,
    reference_id: null,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  }
  const { data, isLoading, isPlaceholderData, isError, error, refetch } = useStockLedger(params)
  const entries = data?.stock_ledger_entries ?? []
  const items = useInventoryItemRefs(entries.map((e) => e.inventory_item_id))

  const names = useMemo(
    () => ({
      items: items.data ?? new Map<string, InventoryItemRef>(),
      locations: new Map((locations.data ?? []).map((l) => [l.id, l.name])),
    }),
    [items.data, locations.data]
  )

  const filters = useMemo(() => {
    // Presets are computed when the locations arrive: close enough to "now" for day ranges.
    const now = Date.now()
    const since = (days: number) => ({ $gte: new Date(now - days * DAY_MS).toISOString() })
    return [
      filterHelper.accessor("reason", {
        type: "select",
        label: "Reason",
        options: (Object.keys(REASON_LABELS) as StockLedgerReason[]).map((r) => ({
          label: REASON_LABELS[r],
          value: r,
        })),
      }),
      filterHelper.accessor("location_id", {
        type: "radio",
        label: "Location",
        options: (locations.data ?? []).map((l) => ({ label: l.name, value: l.id })),
      }),
      filterHelper.accessor("created_at", {
        type: "date",
        label: "Date",
        format: "date",
        rangeOptionLabel: "Custom range",
        rangeOptionStartLabel: "From",
        rangeOptionEndLabel: "To",
        options: [
          { label: "Last 24 hours", value: since(1) },
          { label: "Last 7 days", value: since(7) },
          { label: "Last 30 days", value: since(30) },
          { label: "Last 90 days", value: since(90) },
        ],
      }),
    ]
  }, [locations.data])

  const table = useDataTable({
    columns,
    data: entries,
    rowCount: data?.count ?? 0,
    isLoading: isLoading || isPlaceholderData,
    getRowId: (row) => row.id,
    filters,
    filtering: { state: filtering, onFilteringChange: setFiltering },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <NamesContext.Provider value={names}>
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between gap-2">
          <Text size="small" className="text-ui-fg-subtle">
            {data ? `${formatQuantity(data.count)} ${data.count === 1 ? "entry" : "entries"}, newest first` : " "}
          </Text>
          <DataTable.FilterMenu tooltip="Filter the ledger" />
        </DataTable.Toolbar>
        {isError ? (
          <ErrorState error={error} onRetry={() => refetch()} title="Could not load the stock ledger" />
        ) : (
          <DataTable.Table
            emptyState={{
              empty: {
                heading: "No stock movements yet",
                description: "Orders, returns, receipts, stocktakes and adjustments show here.",
              },
              filtered: { heading: "No matching movements", description: "Try another reason, location or date." },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
    </NamesContext.Provider>
  )
}
