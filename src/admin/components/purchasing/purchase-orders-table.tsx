import {
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Select,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { formatDate, formatMoney } from "../../lib/format"
import { PURCHASE_ORDER_STATUSES, type PurchaseOrder } from "../../lib/purchasing-types"
import { PurchaseOrderStatusBadge, statusLabel } from "./po-status-badge"
import { orderTotal } from "./totals"

const ALL = "__all"
const columnHelper = createDataTableColumnHelper<PurchaseOrder>()

const columns = [
  columnHelper.accessor("code", {
    header: "Order",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <Text size="small" weight="plus">
          {row.original.code}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {row.original.supplier?.name ?? row.original.supplier_id}
        </Text>
      </div>
    ),
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ row }) => <PurchaseOrderStatusBadge status={row.original.status} />,
  }),
  columnHelper.display({
    id: "quantities",
    header: "Received / ordered",
    cell: ({ row }) => {
      const lines = row.original.lines ?? []
      const ordered = lines.reduce((sum, l) => sum + l.quantity_ordered, 0)
      const received = lines.reduce((sum, l) => sum + l.quantity_received, 0)
      return `${received} / ${ordered}`
    },
  }),
  columnHelper.display({
    id: "total",
    header: "Total",
    cell: ({ row }) => formatMoney(orderTotal(row.original.lines ?? []), row.original.currency_code),
  }),
  columnHelper.accessor("expected_at", {
    header: "Expected",
    cell: ({ getValue }) => formatDate(getValue()),
  }),
  columnHelper.accessor("created_at", {
    header: "Created",
    cell: ({ getValue }) => formatDate(getValue()),
  }),
]

type Props = {
  orders: PurchaseOrder[]
  count: number
  isLoading: boolean
  pagination: DataTablePaginationState
  onPaginationChange: (state: DataTablePaginationState) => void
  status: string | null
  onStatusChange: (status: string | null) => void
}

export const PurchaseOrdersTable = ({
  orders,
  count,
  isLoading,
  pagination,
  onPaginationChange,
  status,
  onStatusChange,
}: Props) => {
  const navigate = useNavigate()
  const table = useDataTable({
    columns,
    data: orders,
    rowCount: count,
    isLoading,
    getRowId: (row) => row.id,
    pagination: { state: pagination, onPaginationChange },
    onRowClick: (_event, row) => navigate(`/purchase-orders/${row.id}`),
  })
  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex items-center justify-between px-6 py-4">
        <Select value={status ?? ALL} onValueChange={(next) => onStatusChange(next === ALL ? null : next)}>
          <Select.Trigger className="w-52" aria-label="Filter by status">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>All statuses</Select.Item>
            {PURCHASE_ORDER_STATUSES.map((s) => (
              <Select.Item key={s} value={s}>
                {statusLabel(s)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </DataTable.Toolbar>
      <DataTable.Table
        emptyState={{
          empty: { heading: "No purchase orders yet", description: "Create one with “Create purchase order”." },
          filtered: { heading: "No purchase orders with this status" },
        }}
      />
      <DataTable.Pagination />
    </DataTable>
  )
}
