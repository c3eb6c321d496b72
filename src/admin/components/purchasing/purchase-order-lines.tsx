import { Container, createDataTableColumnHelper, DataTable, Heading, Text, useDataTable } from "@medusajs/ui"
import { formatMoney } from "../../lib/format"
import type { PurchaseOrder, PurchaseOrderLine } from "../../lib/purchasing-types"
import { itemLabel } from "./inventory-item-picker"
import { orderTotal } from "./totals"

const columnHelper = createDataTableColumnHelper<PurchaseOrderLine>()

/** Lines with ordered / received quantities and costs in the order's currency. */
export const PurchaseOrderLines = ({ order }: { order: PurchaseOrder }) => {
  const columns = [
    columnHelper.accessor("inventory_item_id", {
      header: "Item",
      cell: ({ row }) => (
        <Text size="small" weight="plus">
          {itemLabel(row.original.inventory_item, row.original.inventory_item_id)}
        </Text>
      ),
    }),
    columnHelper.accessor("quantity_ordered", { header: "Ordered" }),
    columnHelper.accessor("quantity_received", {
      header: "Received",
      cell: ({ row }) => (
        <Text
          size="small"
          className={row.original.quantity_received > row.original.quantity_ordered ? "text-ui-fg-error" : undefined}
        >
          {row.original.quantity_received}
        </Text>
      ),
    }),
    columnHelper.accessor("unit_cost", {
      header: "Unit cost",
      cell: ({ getValue }) => formatMoney(getValue(), order.currency_code),
    }),
    columnHelper.display({
      id: "total",
      header: "Line total",
      cell: ({ row }) => formatMoney(orderTotal([row.original]), order.currency_code),
    }),
  ]
  const table = useDataTable({
    columns,
    data: order.lines,
    rowCount: order.lines.length,
    getRowId: (row) => row.id,
  })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Lines</Heading>
      </div>
      <DataTable instance={table}>
        <DataTable.Table emptyState={{ empty: { heading: "No lines" } }} />
      </DataTable>
    </Container>
  )
}
