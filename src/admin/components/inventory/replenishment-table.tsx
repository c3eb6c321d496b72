import {
  createDataTableColumnHelper,
  createDataTableCommandHelper,
  DataTable,
  type DataTablePaginationState,
  type DataTableRowSelectionState,
  Input,
  Text,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { createContext, useContext, useMemo } from "react"
import { useNavigate } from "react-router-dom"
import { useCreatePurchaseOrdersFromSuggestions } from "../../hooks/use-inventory-replenishment"
import { errorMessage, formatMoney } from "../../lib/format"
import type { PurchaseOrderRef, ReplenishmentSuggestion } from "../../lib/inventory-types"
import { isTypingInField } from "./command-guard"
import { ItemLink } from "./item-link"
import { formatDaysOfCover, formatQuantity, formatRate } from "./quantities"

/** Order quantities as typed, by inventory item id (unset: the suggested quantity). */
export type QuantityDrafts = Record<string, string>

type DraftsApi = { drafts: QuantityDrafts; setDraft: (inventoryItemId: string, value: string) => void }

const DraftsContext = createContext<DraftsApi>({ drafts: {}, setDraft: () => undefined })

const draftText = (drafts: QuantityDrafts, s: ReplenishmentSuggestion) =>
  drafts[s.inventory_item_id] ?? String(s.suggested_quantity)

/** A positive whole number, else null. */
export const parseQuantity = (text: string) => {
  const n = Number(text.trim())
  return text.trim() !== "" && Number.isInteger(n) && n > 0 ? n : null
}

const QuantityCell = ({ suggestion }: { suggestion: ReplenishmentSuggestion }) => {
  const { drafts, setDraft } = useContext(DraftsContext)
  const text = draftText(drafts, suggestion)
  const quantity = parseQuantity(text)
  const moq = suggestion.supplier?.minimum_order_quantity ?? 0
  const label = suggestion.sku || suggestion.title || suggestion.inventory_item_id
  return (
    <div className="flex flex-col items-end gap-y-1" onClick={(e) => e.stopPropagation()}>
      <Input
        size="small"
        type="number"
        min={0}
        step={1}
        inputMode="numeric"
        className="w-24 text-right"
        aria-label={`Order quantity for ${label}`}
        value={text}
        onChange={(e) => setDraft(suggestion.inventory_item_id, e.target.value)}
        aria-invalid={quantity === null && text.trim() !== "0" ? true : undefined}
      />
      {quantity !== null && moq > 0 && quantity < moq && (
        <Text size="xsmall" className="text-ui-fg-error">
          Supplier minimum {formatQuantity(moq)}
        </Text>
      )}
    </div>
  )
}

const CostCell = ({ suggestion }: { suggestion: ReplenishmentSuggestion }) => {
  const { drafts } = useContext(DraftsContext)
  const quantity = parseQuantity(draftText(drafts, suggestion)) ?? 0
  if (suggestion.unit_cost === null) return <Text size="small">—</Text>
  return (
    <div className="flex flex-col items-end">
      <Text size="small" weight="plus">
        {formatMoney(suggestion.unit_cost * quantity, suggestion.currency_code)}
      </Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {formatQuantity(quantity)} × {formatMoney(suggestion.unit_cost, suggestion.currency_code)}
      </Text>
    </div>
  )
}

const columnHelper = createDataTableColumnHelper<ReplenishmentSuggestion>()
const commandHelper = createDataTableCommandHelper()

const columns = [
  columnHelper.select(),
  columnHelper.accessor("sku", {
    header: "SKU",
    cell: ({ getValue }) => (
      <Text size="small" className="font-mono">
        {getValue() || "—"}
      </Text>
    ),
  }),
  columnHelper.accessor("title", {
    header: "Title",
    cell: ({ row }) => (
      <ItemLink id={row.original.inventory_item_id} item={{ title: row.original.title ?? row.original.sku }} />
    ),
  }),
  columnHelper.accessor("available", {
    header: "Available",
    align: "right",
    cell: ({ getValue }) => formatQuantity(getValue()),
  }),
  columnHelper.accessor("incoming", {
    header: "Incoming",
    align: "right",
    cell: ({ getValue }) => formatQuantity(getValue()),
  }),
  columnHelper.accessor("velocity_per_day", {
    header: "Sold / day",
    align: "right",
    cell: ({ row }) => (
      <div className="flex flex-col items-end">
        <Text size="small">{formatRate(row.original.velocity_per_day)}</Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {formatQuantity(row.original.units_sold)} sold
        </Text>
      </div>
    ),
  }),
  columnHelper.accessor("days_of_cover", {
    header: "Cover",
    align: "right",
    cell: ({ getValue }) => formatDaysOfCover(getValue()),
  }),
  columnHelper.accessor("reorder_point", {
    header: "Reorder point",
    align: "right",
    cell: ({ row }) => (
      <div className="flex flex-col items-end">
        <Text size="small" className={row.original.needs_reorder ? "text-ui-fg-error" : undefined}>
          {formatQuantity(row.original.reorder_point)}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {formatQuantity(row.original.safety_stock)} safety
          {row.original.waiting_demand > 0 ? `, ${formatQuantity(row.original.waiting_demand)} waiting` : ""}
        </Text>
      </div>
    ),
  }),
  columnHelper.display({
    id: "quantity",
    header: "Order qty",
    cell: ({ row }) => <QuantityCell suggestion={row.original} />,
  }),
  columnHelper.accessor("supplier", {
    header: "Supplier",
    cell: ({ getValue }) => {
      const supplier = getValue()
      return supplier ? (
        <div className="flex flex-col">
          <Text size="small">{supplier.name}</Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {supplier.lead_time_days} d lead time
          </Text>
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-muted">
          No supplier
        </Text>
      )
    },
  }),
  columnHelper.display({
    id: "cost",
    header: "Cost",
    cell: ({ row }) => <CostCell suggestion={row.original} />,
  }),
]

type Props = {
  locationId: string | null
  suggestions: ReplenishmentSuggestion[]
  count: number
  isLoading: boolean
  pagination: DataTablePaginationState
  onPaginationChange: (state: DataTablePaginationState) => void
  selection: DataTableRowSelectionState
  onSelectionChange: (state: DataTableRowSelectionState) => void
  drafts: QuantityDrafts
  onDraftChange: (inventoryItemId: string, value: string) => void
}

const poLabel = (po: PurchaseOrderRef) => (po.display_number ? `#${po.display_number}` : po.id)

/** Suggestions with editable order quantities; selected rows become purchase orders (one per supplier). */
export const ReplenishmentTable = ({
  locationId,
  suggestions,
  count,
  isLoading,
  pagination,
  onPaginationChange,
  selection,
  onSelectionChange,
  drafts,
  onDraftChange,
}: Props) => {
  const navigate = useNavigate()
  const create = useCreatePurchaseOrdersFromSuggestions()
  // The page clears the selection when it pages, so the selected rows are all on this page.
  const byId = useMemo(() => new Map(suggestions.map((s) => [s.inventory_item_id, s])), [suggestions])

  const commands = useMemo(
    () => [
      commandHelper.command({
        label: "Create purchase orders",
        shortcut: "p",
        action: async (selected) => {
          if (isTypingInField()) return
          if (!locationId) {
            toast.error("Choose the location that receives the goods first")
            return
          }
          const rows = Object.keys(selected)
            .filter((id) => selected[id])
            .map((id) => byId.get(id))
            .filter((s): s is ReplenishmentSuggestion => Boolean(s))
          const invalid = rows.filter((s) => parseQuantity(draftText(drafts, s)) === null)
          if (invalid.length) {
            toast.error("Enter a positive whole quantity for every selected item", {
              description: invalid.map((s) => s.sku || s.title || s.inventory_item_id).join(", "),
            })
            return
          }
          if (!rows.length) return
          try {
            const { purchase_orders } = await create.mutateAsync({
              location_id: locationId,
              items: rows.map((s) => ({
                inventory_item_id: s.inventory_item_id,
                quantity: parseQuantity(draftText(drafts, s)) as number,
                ...(s.supplier ? { supplier_id: s.supplier.id } : {}),
              })),
            })
            onSelectionChange({})
            const n = purchase_orders.length
            if (!n) {
              toast.warning("No purchase order was created")
              return
            }
            toast.success(`${n} purchase order${n === 1 ? "" : "s"} created`, {
              description: purchase_orders.map(poLabel).join(", "),
            })
            navigate(`/purchase-orders/${purchase_orders[0].id}`)
          } catch (e) {
            toast.error("Could not create the purchase orders", { description: errorMessage(e) })
          }
        },
      }),
    ],
    [byId, create, drafts, locationId, navigate, onSelectionChange]
  )

  const table = useDataTable({
    columns,
    data: suggestions,
    rowCount: count,
    isLoading,
    getRowId: (row) => row.inventory_item_id,
    pagination: { state: pagination, onPaginationChange },
    rowSelection: { state: selection, onRowSelectionChange: onSelectionChange },
    commands,
  })

  const draftsApi = useMemo(() => ({ drafts, setDraft: onDraftChange }), [drafts, onDraftChange])

  return (
    <DraftsContext.Provider value={draftsApi}>
      <DataTable instance={table}>
        <DataTable.Table
          emptyState={{
            empty: { heading: "Nothing to reorder", description: "Every item is above its reorder point." },
            filtered: { heading: "Nothing to reorder", description: "Every item is above its reorder point." },
          }}
        />
        <DataTable.Pagination />
        <DataTable.CommandBar selectedLabel={(n) => `${n} selected`} />
      </DataTable>
    </DraftsContext.Provider>
  )
}
