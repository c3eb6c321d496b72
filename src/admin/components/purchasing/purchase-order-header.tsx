import { Button, Container, Heading, Prompt, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { useDeletePurchaseOrder, usePurchaseOrderAction } from "../../hooks/use-purchasing-orders"
import { errorMessage, formatDate, formatMoney } from "../../lib/format"
import type { PurchaseOrder } from "../../lib/purchasing-types"
import { PurchaseOrderStatusBadge } from "./po-status-badge"
import { ReceiveDrawer } from "./receive-drawer"
import { orderTotal } from "./totals"

const Fact = ({ label, value }: { label: string; value: string }) => (
  <div className="flex flex-col">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small">{value}</Text>
  </div>
)

/** Title, facts and the actions the order's status allows (Order, Receive, Cancel, Delete). */
export const PurchaseOrderHeader = ({ order }: { order: PurchaseOrder }) => {
  const navigate = useNavigate()
  const place = usePurchaseOrderAction(order.id, "order")
  const cancel = usePurchaseOrderAction(order.id, "cancel")
  const remove = useDeletePurchaseOrder()
  const [confirmCancel, setConfirmCancel] = useState(false)
  const receivable = order.status === "ordered" || order.status === "partially_received"
  const cancelable = order.status === "draft" || receivable

  const onOrder = () =>
    place.mutate(undefined, {
      onSuccess: () => toast.success("Ordered", { description: `${order.code}: quantities are now incoming` }),
      onError: (error) => toast.error("Could not order", { description: errorMessage(error) }),
    })
  const onCancel = () =>
    cancel.mutate(undefined, {
      onSuccess: () => toast.success("Purchase order canceled", { description: order.code }),
      onError: (error) => toast.error("Could not cancel", { description: errorMessage(error) }),
      onSettled: () => setConfirmCancel(false),
    })
  const onDelete = () =>
    remove.mutate(order.id, {
      onSuccess: () => {
        toast.success("Draft deleted", { description: order.code })
        navigate("/purchase-orders")
      },
      onError: (error) => toast.error("Could not delete", { description: errorMessage(error) }),
    })

  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4">
      <div className="flex items-start justify-between gap-x-4">
        <div className="flex items-center gap-x-3">
          <Heading level="h1">{order.code}</Heading>
          <PurchaseOrderStatusBadge status={order.status} />
        </div>
        <div className="flex gap-x-2">
          {order.status === "draft" && (
            <Button size="small" variant="secondary" onClick={onDelete} isLoading={remove.isPending}>
              Delete draft
            </Button>
          )}
          {cancelable && (
            <Prompt open={confirmCancel} onOpenChange={setConfirmCancel}>
              <Prompt.Trigger asChild>
                <Button size="small" variant="secondary">
                  Cancel order
                </Button>
              </Prompt.Trigger>
              <Prompt.Content>
                <Prompt.Header>
                  <Prompt.Title>Cancel {order.code}?</Prompt.Title>
                  <Prompt.Description>
                    {order.status === "draft"
                      ? "The draft is kept as canceled."
                      : "What is still expected leaves the incoming stock. Stock already received stays."}
                  </Prompt.Description>
                </Prompt.Header>
                <Prompt.Footer>
                  <Prompt.Cancel>Keep it</Prompt.Cancel>
                  <Prompt.Action onClick={onCancel}>Cancel order</Prompt.Action>
                </Prompt.Footer>
              </Prompt.Content>
            </Prompt>
          )}
          {order.status === "draft" && (
            <Button size="small" onClick={onOrder} isLoading={place.isPending}>
              Order
            </Button>
          )}
          {receivable && <ReceiveDrawer order={order} />}
        </div>
      </div>
      <div className="grid grid-cols-2 gap-4 md:grid-cols-5">
        <Fact label="Supplier" value={order.supplier?.name ?? order.supplier_id} />
        <Fact label="Total" value={formatMoney(orderTotal(order.lines), order.currency_code)} />
        <Fact label="Ordered" value={formatDate(order.ordered_at)} />
        <Fact label="Expected" value={formatDate(order.expected_at)} />
        <Fact label="Received" value={formatDate(order.received_at)} />
      </div>
      {order.notes && (
        <Text size="small" className="text-ui-fg-subtle">
          {order.notes}
        </Text>
      )}
    </Container>
  )
}
