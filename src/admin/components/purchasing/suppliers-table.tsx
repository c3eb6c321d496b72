import { PencilSquare, Trash } from "@medusajs/icons"
import {
  Button,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  IconButton,
  Text,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useDeleteSupplier } from "../../hooks/use-purchasing-suppliers"
import { errorMessage } from "../../lib/format"
import type { Supplier } from "../../lib/purchasing-types"
import { SupplierDrawer } from "./supplier-drawer"
import { SupplierItemsDrawer } from "./supplier-items-drawer"

const columnHelper = createDataTableColumnHelper<Supplier>()

const Actions = ({ supplier }: { supplier: Supplier }) => {
  const remove = useDeleteSupplier()
  return (
    <div className="flex items-center justify-end gap-x-1">
      <SupplierItemsDrawer
        supplier={supplier}
        trigger={
          <Button size="small" variant="transparent">
            Item costs
          </Button>
        }
      />
      <SupplierDrawer
        supplier={supplier}
        trigger={
          <IconButton size="small" variant="transparent" aria-label={`Edit ${supplier.name}`}>
            <PencilSquare />
          </IconButton>
        }
      />
      <IconButton
        size="small"
        variant="transparent"
        aria-label={`Delete ${supplier.name}`}
        onClick={() =>
          remove.mutate(supplier.id, {
            onSuccess: () => toast.success("Supplier deleted", { description: supplier.name }),
            onError: (error) => toast.error("Could not delete the supplier", { description: errorMessage(error) }),
          })
        }
      >
        <Trash />
      </IconButton>
    </div>
  )
}

const columns = [
  columnHelper.accessor("name", {
    header: "Supplier",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <Text size="small" weight="plus">
          {row.original.name}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {[row.original.contact_name, row.original.email, row.original.phone].filter(Boolean).join(" · ") || "—"}
        </Text>
      </div>
    ),
  }),
  columnHelper.accessor("currency_code", { header: "Currency", cell: ({ getValue }) => getValue().toUpperCase() }),
  columnHelper.accessor("lead_time_days", { header: "Lead time", cell: ({ getValue }) => `${getValue()} days` }),
  columnHelper.accessor("minimum_order_quantity", { header: "Minimum order" }),
  columnHelper.display({ id: "actions", cell: ({ row }) => <Actions supplier={row.original} /> }),
]

type Props = {
  suppliers: Supplier[]
  count: number
  isLoading: boolean
  pagination: DataTablePaginationState
  onPaginationChange: (state: DataTablePaginationState) => void
  search: string
  onSearchChange: (q: string) => void
}

export const SuppliersTable = ({
  suppliers,
  count,
  isLoading,
  pagination,
  onPaginationChange,
  search,
  onSearchChange,
}: Props) => {
  const table = useDataTable({
    columns,
    data: suppliers,
    rowCount: count,
    isLoading,
    getRowId: (row) => row.id,
    pagination: { state: pagination, onPaginationChange },
    search: { state: search, onSearchChange },
  })
  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex items-center justify-between px-6 py-4">
        <DataTable.Search placeholder="Search suppliers" />
      </DataTable.Toolbar>
      <DataTable.Table
        emptyState={{
          empty: { heading: "No suppliers yet", description: "Create one with “Create supplier”." },
          filtered: { heading: "No matching suppliers" },
        }}
      />
      <DataTable.Pagination />
    </DataTable>
  )
}
