import {
  Badge,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { formatDate, formatPoints } from "../../lib/format"
import type { CouponBatch } from "../../lib/types"
import { ProgressBar } from "../common/progress-bar"
import { BatchStats } from "./batch-stats"
import { BatchStatusBadge } from "./status-badges"

const columnHelper = createDataTableColumnHelper<CouponBatch>()

const columns = [
  columnHelper.accessor("name", {
    header: "Batch",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <Text size="small" weight="plus">
          {row.original.name}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          Promotion {row.original.promotion_code}
          {row.original.prefix ? ` · prefix ${row.original.prefix}` : ""}
        </Text>
      </div>
    ),
  }),
  columnHelper.accessor("status", {
    header: "Codes",
    cell: ({ row }) =>
      row.original.status === "generating" ? (
        <div className="w-40">
          <ProgressBar value={row.original.generated_count} total={row.original.count} label="Generating codes" />
        </div>
      ) : (
        <div className="flex items-center gap-x-2">
          <BatchStatusBadge status={row.original.status} />
          <Text size="small">{formatPoints(row.original.count)}</Text>
        </div>
      ),
  }),
  columnHelper.accessor("stats", {
    header: "Usage",
    cell: ({ row }) => <BatchStats stats={row.original.stats} />,
  }),
  columnHelper.display({
    id: "options",
    header: "Options",
    cell: ({ row }) => (
      <div className="flex flex-wrap gap-1">
        <Badge size="2xsmall">{row.original.single_use ? "Single use" : "Multi use"}</Badge>
        {row.original.once_per_customer && <Badge size="2xsmall">Once per customer</Badge>}
        {row.original.exchange_points && (
          <Badge size="2xsmall" color="purple">
            {formatPoints(row.original.exchange_points)} pts
          </Badge>
        )}
        {row.original.customer_group_id && <Badge size="2xsmall">Group only</Badge>}
      </div>
    ),
  }),
  columnHelper.accessor("expires_at", {
    header: "Expires",
    cell: ({ getValue }) => (getValue() ? formatDate(getValue()) : "Never"),
  }),
  columnHelper.accessor("created_at", {
    header: "Created",
    cell: ({ getValue }) => formatDate(getValue()),
  }),
]

type Props = {
  batches: CouponBatch[]
  count: number
  isLoading: boolean
  pagination: DataTablePaginationState
  onPaginationChange: (state: DataTablePaginationState) => void
}

export const BatchesTable = ({ batches, count, isLoading, pagination, onPaginationChange }: Props) => {
  const navigate = useNavigate()
  const table = useDataTable({
    columns,
    data: batches,
    rowCount: count,
    isLoading,
    getRowId: (row) => row.id,
    pagination: { state: pagination, onPaginationChange },
    onRowClick: (_event, row) => navigate(`/coupons/${row.id}`),
  })
  return (
    <DataTable instance={table}>
      <DataTable.Table
        emptyState={{
          empty: {
            heading: "No coupon batches yet",
            description: "Generate unique codes for a promotion with “Generate codes”.",
          },
        }}
      />
      <DataTable.Pagination />
    </DataTable>
  )
}
