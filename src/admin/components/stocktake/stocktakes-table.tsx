import { createDataTableColumnHelper, DataTable, type DataTablePaginationState, Text, useDataTable } from "@medusajs/ui"
import { useMemo } from "react"
import { useNavigate } from "react-router-dom"
import { formatDate, formatPoints } from "../../lib/format"
import type { Stocktake } from "../../lib/stocktake-types"
import { StocktakeStatusBadge } from "./status-badge"

const columnHelper = createDataTableColumnHelper<Stocktake>()

type Props = {
  stocktakes: Stocktake[]
  count: number
  isLoading: boolean
  locationNames: Record<string, string>
  pagination: DataTablePaginationState
  onPaginationChange: (state: DataTablePaginationState) => void
}

export const StocktakesTable = ({
  stocktakes,
  count,
  isLoading,
  locationNames,
  pagination,
  onPaginationChange,
}: Props) => {
  const navigate = useNavigate()
  const columns = useMemo(
    () => [
      columnHelper.accessor("name", {
        header: "Stocktake",
        cell: ({ row }) => (
          <div className="flex flex-col">
            <Text size="small" weight="plus">
              {row.original.name || "Untitled stocktake"}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {locationNames[row.original.location_id] ?? row.original.location_id}
              {row.original.scope === "subset" ? " · selected items" : " · all items"}
            </Text>
          </div>
        ),
      }),
      columnHelper.accessor("status", {
        header: "Status",
        cell: ({ getValue }) => <StocktakeStatusBadge status={getValue()} />,
      }),
      columnHelper.accessor("counted_count", {
        header: "Counted",
        cell: ({ row }) => `${formatPoints(row.original.counted_count)} / ${formatPoints(row.original.line_count)}`,
      }),
      columnHelper.accessor("created_at", {
        header: "Created",
        cell: ({ getValue }) => formatDate(getValue(), true),
      }),
      columnHelper.accessor("approved_at", {
        header: "Approved",
        cell: ({ getValue }) => formatDate(getValue(), true),
      }),
    ],
    [locationNames]
  )
  const table = useDataTable({
    columns,
    data: stocktakes,
    rowCount: count,
    isLoading,
    getRowId: (row) => row.id,
    pagination: { state: pagination, onPaginationChange },
    onRowClick: (_event, row) => navigate(`/stocktakes/${row.id}`),
  })
  return (
    <DataTable instance={table}>
      <DataTable.Table
        emptyState={{
          empty: {
            heading: "No stocktakes yet",
            description: "Start one with “New stocktake”: it snapshots the stock at a location for counting.",
          },
        }}
      />
      <DataTable.Pagination />
    </DataTable>
  )
}
