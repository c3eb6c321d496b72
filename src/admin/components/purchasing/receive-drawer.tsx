import { Alert, Button, Drawer, Input, Label, Switch, Text, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { useReceivePurchaseOrder } from "../../hooks/use-purchasing-orders"
import { errorMessage } from "../../lib/format"
import type { PurchaseOrder } from "../../lib/purchasing-types"
import { SwitchField } from "../common/form-field"
import { itemLabel } from "./inventory-item-picker"

const open = (l: { quantity_ordered: number; quantity_received: number }) =>
  Math.max(l.quantity_ordered - l.quantity_received, 0)

const newKey = () =>
  typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`

/**
 * Receive a delivery: a quantity per line (prefilled with what is still
 * expected). One idempotency key per opening of the drawer, so a double
 * click or a retried request books the delivery once.
 */
export const ReceiveDrawer = ({ order }: { order: PurchaseOrder }) => {
  const [isOpen, setOpen] = useState(false)
  const [quantities, setQuantities] = useState<Record<string, string>>({})
  const [overReceipt, setOverReceipt] = useState(false)
  const [key, setKey] = useState(newKey)
  const [error, setError] = useState<string | null>(null)
  const receive = useReceivePurchaseOrder(order.id)

  const onOpenChange = (next: boolean) => {
    if (next) {
      setQuantities(Object.fromEntries(order.lines.map((l) => [l.id, String(open(l))])))
      setOverReceipt(false)
      setKey(newKey())
      setError(null)
      receive.reset()
    }
    setOpen(next)
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const lines = []
    for (const line of order.lines) {
      const raw = (quantities[line.id] ?? "").trim()
      if (!raw || raw === "0") continue
      const quantity = Number(raw)
      if (!Number.isInteger(quantity) || quantity < 0)
        return setError(`${itemLabel(line.inventory_item, line.inventory_item_id)}: a whole number`)
      if (!overReceipt && quantity > open(line))
        return setError(`${itemLabel(line.inventory_item, line.inventory_item_id)}: only ${open(line)} still expected`)
      lines.push({ line_id: line.id, quantity })
    }
    if (!lines.length) return setError("Enter the quantity received for at least one line")
    setError(null)
    receive.mutate(
      { idempotency_key: key, lines, ...(overReceipt ? { allow_over_receipt: true } : {}) },
      {
        onSuccess: ({ purchase_order, receipt }) => {
          toast.success(receipt.duplicate ? "Delivery was already received" : "Delivery received", {
            description: `${purchase_order.code}: ${purchase_order.status.replace("_", " ")}`,
          })
          setOpen(false)
        },
        onError: (err) => toast.error("Could not receive the delivery", { description: errorMessage(err) }),
      }
    )
  }

  return (
    <Drawer open={isOpen} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small">Receive</Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>Receive {order.code}</Drawer.Title>
            <Drawer.Description>Stock is added at the order's location; incoming stock goes down.</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {(error || receive.isError) && (
              <Alert variant="error" dismissible={false}>
                {error ?? errorMessage(receive.error)}
              </Alert>
            )}
            {order.lines.map((line) => (
              <div key={line.id} className="grid grid-cols-[1fr_112px] items-center gap-3">
                <div className="flex flex-col">
                  <Label htmlFor={`receive-${line.id}`} size="small" weight="plus">
                    {itemLabel(line.inventory_item, line.inventory_item_id)}
                  </Label>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {line.quantity_received} of {line.quantity_ordered} received · {open(line)} expected
                  </Text>
                </div>
                <Input
                  id={`receive-${line.id}`}
                  type="number"
                  min={0}
                  step={1}
                  value={quantities[line.id] ?? ""}
                  onChange={(e) => setQuantities((q) => ({ ...q, [line.id]: e.target.value }))}
                />
              </div>
            ))}
            <SwitchField
              id="receive-over"
              label="Allow over-receipt"
              hint="Book more than was ordered (the supplier sent extra)"
            >
              <Switch id="receive-over" checked={overReceipt} onCheckedChange={setOverReceipt} />
            </SwitchField>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={receive.isPending}>
              Receive
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
