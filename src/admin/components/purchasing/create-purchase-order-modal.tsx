import { Plus, Trash } from "@medusajs/icons"
import {
  Alert,
  Button,
  DatePicker,
  FocusModal,
  Heading,
  IconButton,
  Input,
  Select,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { useNavigate } from "react-router-dom"
import { useCreatePurchaseOrder } from "../../hooks/use-purchasing-orders"
import { useStockLocationOptions } from "../../hooks/use-purchasing-pickers"
import { useSupplierItems, useSuppliers } from "../../hooks/use-purchasing-suppliers"
import { errorMessage, formatMoney } from "../../lib/format"
import type { CreatePurchaseOrderInput } from "../../lib/purchasing-types"
import { FormField } from "../common/form-field"
import { InventoryItemPicker } from "./inventory-item-picker"

type LineValues = { key: number; inventory_item_id: string; quantity: string; unit_cost: string }
type Values = { supplier_id: string; location_id: string; expected_at: Date | null; notes: string; lines: LineValues[] }
type Errors = { supplier_id?: string; location_id?: string; lines?: string; line?: Record<number, string> }

let nextKey = 1
const emptyLine = (): LineValues => ({ key: nextKey++, inventory_item_id: "", quantity: "1", unit_cost: "" })
const EMPTY = (): Values => ({ supplier_id: "", location_id: "", expected_at: null, notes: "", lines: [emptyLine()] })
const DECIMAL = /^\d{1,12}(\.\d{1,10})?$/

/** Client-side checks with the server's bounds (src/api/admin/purchase-orders/validators.ts). */
const validate = (v: Values): { body: CreatePurchaseOrderInput | null; errors: Errors } => {
  const errors: Errors = {}
  const line: Record<number, string> = {}
  if (!v.supplier_id) errors.supplier_id = "Choose the supplier"
  if (!v.location_id) errors.location_id = "Choose where the stock arrives"
  const filled = v.lines.filter((l) => l.inventory_item_id)
  if (!filled.length) errors.lines = "Add at least one item"
  for (const l of filled) {
    const quantity = Number(l.quantity)
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 10_000_000)
      line[l.key] = "Quantity: a whole number from 1"
    else if (l.unit_cost.trim() && !DECIMAL.test(l.unit_cost.trim())) line[l.key] = "Unit cost: a decimal like 12.50"
  }
  if (new Set(filled.map((l) => l.inventory_item_id)).size !== filled.length) errors.lines = "Each item once"
  if (Object.keys(line).length) errors.line = line
  if (Object.keys(errors).length) return { body: null, errors }
  return {
    errors,
    body: {
      supplier_id: v.supplier_id,
      location_id: v.location_id,
      ...(v.expected_at ? { expected_at: v.expected_at.toISOString() } : {}),
      ...(v.notes.trim() ? { notes: v.notes.trim() } : {}),
      lines: filled.map((l) => ({
        inventory_item_id: l.inventory_item_id,
        quantity: Number(l.quantity),
        ...(l.unit_cost.trim() ? { unit_cost: l.unit_cost.trim() } : {}),
      })),
    },
  }
}

/** Create a draft purchase order: supplier, location, and lines with quantities (costs default to the supplier's). */
export const CreatePurchaseOrderModal = () => {
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<Values>(EMPTY)
  const [errors, setErrors] = useState<Errors>({})
  const suppliers = useSuppliers({ q: "", limit: 200, offset: 0 })
  const locations = useStockLocationOptions()
  const costs = useSupplierItems(values.supplier_id || null)
  const create = useCreatePurchaseOrder()
  const supplier = suppliers.data?.suppliers.find((s) => s.id === values.supplier_id)
  const costOf = (itemId: string) => costs.data?.supplier_items.find((i) => i.inventory_item_id === itemId)
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }))
  const setLine = (key: number, patch: Partial<LineValues>) =>
    setValues((v) => ({ ...v, lines: v.lines.map((l) => (l.key === key ? { ...l, ...patch } : l)) }))

  const onOpenChange = (next: boolean) => {
    if (next) {
      setValues(EMPTY())
      setErrors({})
      create.reset()
    }
    setOpen(next)
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const result = validate(values)
    setErrors(result.errors)
    if (!result.body) return
    create.mutate(result.body, {
      onSuccess: ({ purchase_order }) => {
        toast.success("Purchase order created", { description: `${purchase_order.code} (draft)` })
        setOpen(false)
        navigate(`/purchase-orders/${purchase_order.id}`)
      },
      onError: (error) => toast.error("Could not create the purchase order", { description: errorMessage(error) }),
    })
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          <Plus />
          Create purchase order
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden" noValidate>
          <FocusModal.Header>
            <div className="flex w-full justify-end">
              <Button size="small" type="submit" isLoading={create.isPending}>
                Create draft
              </Button>
            </div>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-12">
            <div className="flex w-full max-w-[720px] flex-col gap-y-6">
              <div>
                <FocusModal.Title asChild>
                  <Heading level="h2">Create a purchase order</Heading>
                </FocusModal.Title>
                <Text size="small" className="text-ui-fg-subtle">
                  A draft changes no stock. Ordering it adds its quantities to the incoming stock at the location.
                </Text>
              </div>
              {create.isError && (
                <Alert variant="error" dismissible={false}>
                  {errorMessage(create.error)}
                </Alert>
              )}
              <div className="grid grid-cols-2 gap-4">
                <FormField id="po-supplier" label="Supplier" error={errors.supplier_id}>
                  <Select value={values.supplier_id} onValueChange={(supplier_id) => set({ supplier_id })}>
                    <Select.Trigger id="po-supplier" aria-invalid={Boolean(errors.supplier_id)}>
                      <Select.Value placeholder={suppliers.isLoading ? "Loading…" : "Choose a supplier"} />
                    </Select.Trigger>
                    <Select.Content>
                      {(suppliers.data?.suppliers ?? []).map((s) => (
                        <Select.Item key={s.id} value={s.id}>
                          {s.name} ({s.currency_code.toUpperCase()})
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </FormField>
                <FormField id="po-location" label="Receive into" error={errors.location_id}>
                  <Select value={values.location_id} onValueChange={(location_id) => set({ location_id })}>
                    <Select.Trigger id="po-location" aria-invalid={Boolean(errors.location_id)}>
                      <Select.Value placeholder={locations.isLoading ? "Loading…" : "Choose a stock location"} />
                    </Select.Trigger>
                    <Select.Content>
                      {(locations.data?.stock_locations ?? []).map((l) => (
                        <Select.Item key={l.id} value={l.id}>
                          {l.name}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </FormField>
                <FormField id="po-expected" label="Expected on" optional>
                  <DatePicker value={values.expected_at} onChange={(expected_at) => set({ expected_at })} />
                </FormField>
              </div>
              <div className="flex flex-col gap-y-3">
                <Heading level="h3">Lines</Heading>
                {errors.lines && (
                  <Text size="xsmall" className="text-ui-fg-error">
                    {errors.lines}
                  </Text>
                )}
                {values.lines.map((line, index) => {
                  const cost = costOf(line.inventory_item_id)
                  const lineError = errors.line?.[line.key]
                  return (
                    <div key={line.key} className="flex flex-col gap-y-1 rounded-md border p-3">
                      <div className="grid grid-cols-[1fr_96px_128px_32px] items-end gap-3">
                        <FormField id={`po-line-${line.key}`} label={`Item ${index + 1}`}>
                          <InventoryItemPicker
                            id={`po-line-${line.key}`}
                            value={line.inventory_item_id}
                            exclude={values.lines.map((l) => l.inventory_item_id)}
                            onChange={(item) => setLine(line.key, { inventory_item_id: item.id })}
                          />
                        </FormField>
                        <FormField id={`po-qty-${line.key}`} label="Quantity">
                          <Input
                            id={`po-qty-${line.key}`}
                            type="number"
                            min={1}
                            step={1}
                            value={line.quantity}
                            onChange={(e) => setLine(line.key, { quantity: e.target.value })}
                          />
                        </FormField>
                        <FormField id={`po-cost-${line.key}`} label="Unit cost">
                          <Input
                            id={`po-cost-${line.key}`}
                            inputMode="decimal"
                            placeholder={cost ? String(cost.cost_price) : "0.00"}
                            value={line.unit_cost}
                            onChange={(e) => setLine(line.key, { unit_cost: e.target.value })}
                          />
                        </FormField>
                        <IconButton
                          type="button"
                          variant="transparent"
                          aria-label={`Remove item ${index + 1}`}
                          disabled={values.lines.length === 1}
                          onClick={() => set({ lines: values.lines.filter((l) => l.key !== line.key) })}
                        >
                          <Trash />
                        </IconButton>
                      </div>
                      <Text size="xsmall" className={lineError ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
                        {lineError ??
                          (line.inventory_item_id
                            ? cost
                              ? `Supplier cost ${formatMoney(cost.cost_price, cost.currency_code)}${line.unit_cost ? "" : " (used)"}`
                              : supplier
                                ? "No cost for this item at this supplier: enter a unit cost"
                                : ""
                            : "")}
                      </Text>
                    </div>
                  )
                })}
                <div>
                  <Button
                    type="button"
                    size="small"
                    variant="secondary"
                    onClick={() => set({ lines: [...values.lines, emptyLine()] })}
                  >
                    <Plus />
                    Add item
                  </Button>
                </div>
              </div>
              <FormField id="po-notes" label="Notes" optional>
                <Textarea
                  id="po-notes"
                  value={values.notes}
                  maxLength={5000}
                  onChange={(e) => set({ notes: e.target.value })}
                />
              </FormField>
            </div>
          </FocusModal.Body>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
