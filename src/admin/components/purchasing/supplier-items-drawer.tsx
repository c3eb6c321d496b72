import { Trash } from "@medusajs/icons"
import { Alert, Badge, Button, Drawer, IconButton, Input, Switch, Text, toast } from "@medusajs/ui"
import { type FormEvent, type ReactNode, useState } from "react"
import { useDeleteSupplierItem, useSupplierItems, useUpsertSupplierItems } from "../../hooks/use-purchasing-suppliers"
import { errorMessage, formatMoney } from "../../lib/format"
import type { InventoryItemRef, Supplier } from "../../lib/purchasing-types"
import { FormField, SwitchField } from "../common/form-field"
import { ErrorState, LoadingState } from "../common/query-states"
import { InventoryItemPicker, itemLabel } from "./inventory-item-picker"

const DECIMAL = /^\d{1,12}(\.\d{1,10})?$/

/** A supplier's cost price per inventory item: list, add or update, remove. */
export const SupplierItemsDrawer = ({ supplier, trigger }: { supplier: Supplier; trigger: ReactNode }) => {
  const [open, setOpen] = useState(false)
  const [item, setItem] = useState<InventoryItemRef | null>(null)
  const [cost, setCost] = useState("")
  const [sku, setSku] = useState("")
  const [preferred, setPreferred] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const items = useSupplierItems(open ? supplier.id : null)
  const upsert = useUpsertSupplierItems(supplier.id)
  const remove = useDeleteSupplierItem(supplier.id)

  const reset = () => {
    setItem(null)
    setCost("")
    setSku("")
    setPreferred(false)
    setError(null)
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!item) return setError("Choose an inventory item")
    if (!DECIMAL.test(cost.trim())) return setError("Cost: a decimal amount like 12.50")
    setError(null)
    upsert.mutate(
      [
        {
          inventory_item_id: item.id,
          cost_price: cost.trim(),
          supplier_sku: sku.trim() || null,
          is_preferred: preferred,
        },
      ],
      {
        onSuccess: () => {
          toast.success("Cost saved", { description: itemLabel(item) })
          reset()
        },
        onError: (err) => toast.error("Could not save the cost", { description: errorMessage(err) }),
      }
    )
  }

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        if (next) reset()
        setOpen(next)
      }}
    >
      <Drawer.Trigger asChild>{trigger}</Drawer.Trigger>
      <Drawer.Content className="max-w-[640px]">
        <Drawer.Header>
          <Drawer.Title>{supplier.name}: item costs</Drawer.Title>
          <Drawer.Description>
            What this supplier charges per unit ({supplier.currency_code.toUpperCase()} unless stated). New purchase
            orders take these costs.
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          <form onSubmit={onSubmit} className="flex flex-col gap-y-3 rounded-md border p-4" noValidate>
            {(error || upsert.isError) && (
              <Alert variant="error" dismissible={false}>
                {error ?? errorMessage(upsert.error)}
              </Alert>
            )}
            <FormField id="supplier-item" label="Inventory item">
              <InventoryItemPicker id="supplier-item" value={item?.id ?? ""} onChange={setItem} />
            </FormField>
            <div className="grid grid-cols-2 gap-3">
              <FormField id="supplier-item-cost" label={`Cost (${supplier.currency_code.toUpperCase()})`}>
                <Input
                  id="supplier-item-cost"
                  inputMode="decimal"
                  value={cost}
                  onChange={(e) => setCost(e.target.value)}
                />
              </FormField>
              <FormField id="supplier-item-sku" label="Supplier SKU" optional>
                <Input id="supplier-item-sku" maxLength={100} value={sku} onChange={(e) => setSku(e.target.value)} />
              </FormField>
            </div>
            <SwitchField
              id="supplier-item-preferred"
              label="Preferred supplier"
              hint="Replenishment orders this item here"
            >
              <Switch id="supplier-item-preferred" checked={preferred} onCheckedChange={setPreferred} />
            </SwitchField>
            <div>
              <Button size="small" type="submit" isLoading={upsert.isPending}>
                Save cost
              </Button>
            </div>
          </form>
          {items.isLoading ? (
            <LoadingState rows={3} label="Loading costs" />
          ) : items.isError ? (
            <ErrorState error={items.error} onRetry={() => items.refetch()} title="Could not load the costs" />
          ) : !items.data?.supplier_items.length ? (
            <Text size="small" className="text-ui-fg-subtle">
              No item costs yet.
            </Text>
          ) : (
            <ul className="flex flex-col divide-y">
              {items.data.supplier_items.map((i) => (
                <li key={i.id} className="flex items-center justify-between gap-x-3 py-2">
                  <div className="flex flex-col">
                    <Text size="small" weight="plus">
                      {itemLabel(i.inventory_item, i.inventory_item_id)}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {formatMoney(i.cost_price, i.currency_code)}
                      {i.supplier_sku ? ` · ${i.supplier_sku}` : ""}
                    </Text>
                  </div>
                  <div className="flex items-center gap-x-2">
                    {i.is_preferred && (
                      <Badge size="2xsmall" color="green">
                        Preferred
                      </Badge>
                    )}
                    <IconButton
                      size="small"
                      variant="transparent"
                      aria-label={`Remove ${itemLabel(i.inventory_item, i.inventory_item_id)}`}
                      onClick={() =>
                        remove.mutate(i.id, {
                          onSuccess: () => toast.success("Cost removed"),
                          onError: (err) =>
                            toast.error("Could not remove the cost", { description: errorMessage(err) }),
                        })
                      }
                    >
                      <Trash />
                    </IconButton>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
