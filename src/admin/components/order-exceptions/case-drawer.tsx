import { Badge, Button, Drawer, Heading, Input, Label, Text, Textarea, toast, usePrompt } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { type FormEvent, useState } from "react"
import { Link } from "react-router-dom"
import {
  useAddOrderExceptionNote,
  useOrderException,
  useOrderExceptionAction,
  useUpdateOrderException,
} from "../../hooks/use-order-exceptions"
import { errorMessage, formatDate, formatMoney } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import { ErrorState, LoadingState } from "../common/query-states"
import { CaseStatusBadge, formatAge, resolutionLabel, SeverityBadge, STATUS_LABELS, TypeBadge } from "./badges"
import type { CaseAction, CaseStatus, OrderException } from "./types"

const ACTIONS: { action: CaseAction; label: string; confirm: string }[] = [
  {
    action: "capture-payment",
    label: "Capture payment",
    confirm: "Captures what is left of the order's authorized payment through Medusa's capture workflow.",
  },
  { action: "refund", label: "Refund", confirm: "Refunds through Medusa's refund workflow." },
  { action: "cancel-order", label: "Cancel order", confirm: "Cancels the order through Medusa's cancel workflow." },
]

/** How many occurrences GET /admin/order-exceptions/:id returns at most. */
const OCCURRENCE_PAGE = 50

const useMe = () =>
  useQuery({ queryKey: ["order-exceptions", "me"], queryFn: () => sdk.admin.user.me(), staleTime: Infinity })

const Transitions = ({ c }: { c: OrderException }) => {
  const update = useUpdateOrderException(c.id)
  const [note, setNote] = useState("")
  const move = async (status: CaseStatus) => {
    try {
      await update.mutateAsync({ status, ...(note.trim() ? { note: note.trim() } : {}) })
      setNote("")
      toast.success(`Case ${STATUS_LABELS[status].toLowerCase()}`)
    } catch (e) {
      toast.error("Could not change the status", { description: errorMessage(e) })
    }
  }
  if (!c.allowed_transitions.length) return null
  return (
    <div className="flex flex-col gap-y-2">
      <Label size="small" weight="plus">
        Status
      </Label>
      <Input
        size="small"
        placeholder="Comment for the status change (optional)"
        value={note}
        maxLength={2000}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="flex flex-wrap gap-2">
        {c.allowed_transitions.map((status) => (
          <Button
            key={status}
            size="small"
            variant="secondary"
            isLoading={update.isPending}
            onClick={() => move(status)}
          >
            {status === "open" && (c.status === "resolved" || c.status === "dismissed")
              ? "Reopen"
              : STATUS_LABELS[status]}
          </Button>
        ))}
      </div>
    </div>
  )
}

const Assignee = ({ c }: { c: OrderException }) => {
  const update = useUpdateOrderException(c.id)
  const { data: me } = useMe()
  const assign = async (assignee: string | null) => {
    try {
      await update.mutateAsync({ assignee })
    } catch (e) {
      toast.error("Could not change the assignee", { description: errorMessage(e) })
    }
  }
  const myId = me?.user?.id
  return (
    <div className="flex items-center justify-between gap-x-2">
      <div>
        <Label size="small" weight="plus">
          Assignee
        </Label>
        <Text size="small" className="text-ui-fg-subtle">
          {c.assignee ? (c.assignee === myId ? "You" : c.assignee) : "Nobody"}
        </Text>
      </div>
      <div className="flex gap-x-2">
        {myId && c.assignee !== myId && (
          <Button size="small" variant="secondary" isLoading={update.isPending} onClick={() => assign(myId)}>
            Assign to me
          </Button>
        )}
        {c.assignee && (
          <Button size="small" variant="transparent" isLoading={update.isPending} onClick={() => assign(null)}>
            Unassign
          </Button>
        )}
      </div>
    </div>
  )
}

const Actions = ({ c }: { c: OrderException }) => {
  const run = useOrderExceptionAction(c.id)
  const prompt = usePrompt()
  const [amount, setAmount] = useState("")
  if (!c.order_id || (c.status !== "open" && c.status !== "in_progress")) return null
  const go = async (action: CaseAction, confirm: string) => {
    const parsed = amount.trim() ? Number(amount) : undefined
    if (parsed !== undefined && !(parsed > 0)) return toast.error("The amount must be above 0")
    const ok = await prompt({
      title: "Run this action?",
      description: confirm,
      confirmText: "Run",
      cancelText: "Cancel",
    })
    if (!ok) return
    try {
      const { outcome } = await run.mutateAsync({
        action,
        body: action === "cancel-order" || parsed === undefined ? {} : { amount: parsed },
      })
      if (outcome.status === "succeeded") toast.success(`${action} succeeded`)
      else toast.error(`${action} failed`, { description: outcome.error ?? undefined })
    } catch (e) {
      toast.error(`Could not run ${action}`, { description: errorMessage(e) })
    }
  }
  return (
    <div className="flex flex-col gap-y-2">
      <Label size="small" weight="plus">
        Actions
      </Label>
      <Input
        size="small"
        type="number"
        min="0"
        step="0.01"
        placeholder={`Amount for capture / refund (${c.currency_code?.toUpperCase() ?? ""}, optional)`}
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
      />
      <div className="flex flex-wrap gap-2">
        {ACTIONS.map((a) => (
          <Button
            key={a.action}
            size="small"
            variant={a.action === "cancel-order" ? "danger" : "secondary"}
            isLoading={run.isPending}
            disabled={!!c.pending_action}
            onClick={() => go(a.action, a.confirm)}
          >
            {a.label}
          </Button>
        ))}
      </div>
      {c.last_action && (
        <Text size="xsmall" className={c.last_action.status === "failed" ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
          Last action: {c.last_action.action} {c.last_action.status}
          {c.last_action.error ? ` — ${c.last_action.error}` : ""} ({formatDate(c.last_action.at, true)})
        </Text>
      )}
    </div>
  )
}

const Notes = ({ c }: { c: OrderException }) => {
  const add = useAddOrderExceptionNote(c.id)
  const [body, setBody] = useState("")
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!body.trim()) return
    try {
      await add.mutateAsync({ body: body.trim() })
      setBody("")
    } catch (err) {
      toast.error("Could not add the note", { description: errorMessage(err) })
    }
  }
  return (
    <div className="flex flex-col gap-y-2">
      <Label size="small" weight="plus">
        Log
      </Label>
      <ul className="flex flex-col gap-y-2">
        {(c.notes ?? []).map((n) => (
          <li key={n.id} className="rounded-md border px-3 py-2">
            <div className="flex items-center gap-x-2">
              <Badge size="2xsmall">{n.kind}</Badge>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {formatDate(n.created_at, true)} · {n.author === "system" ? "System" : n.author}
              </Text>
            </div>
            <Text size="small" className="whitespace-pre-wrap break-words">
              {n.body}
            </Text>
          </li>
        ))}
        {!c.notes?.length && (
          <Text size="small" className="text-ui-fg-subtle">
            Nothing logged yet.
          </Text>
        )}
      </ul>
      <form onSubmit={submit} className="flex flex-col gap-y-2">
        <Textarea value={body} maxLength={2000} placeholder="Add a note" onChange={(e) => setBody(e.target.value)} />
        <div className="flex justify-end">
          <Button size="small" type="submit" variant="secondary" isLoading={add.isPending} disabled={!body.trim()}>
            Add note
          </Button>
        </div>
      </form>
    </div>
  )
}

const CaseDetails = ({ id }: { id: string }) => {
  const { data, isLoading, isError, error, refetch } = useOrderException(id)
  if (isLoading) return <LoadingState rows={6} />
  if (isError || !data) return <ErrorState error={error} onRetry={() => refetch()} title="Could not load the case" />
  // The detail carries the latest occurrence rows (up to OCCURRENCE_PAGE) where the list has the count.
  const { occurrences: seen, ...rest } = data.order_exception
  const c: OrderException = { ...rest, occurrences: seen.length }
  return (
    <div className="flex flex-col gap-y-6">
      <div className="flex flex-col gap-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <TypeBadge type={c.type} />
          <SeverityBadge severity={c.severity} />
          <CaseStatusBadge status={c.status} />
        </div>
        <Heading level="h3">{c.summary}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Opened {formatDate(c.opened_at, true)} ({formatAge(c.age_seconds)} ago) · seen{" "}
          {seen.length >= OCCURRENCE_PAGE ? `${OCCURRENCE_PAGE}+` : seen.length}×
          {c.resolution ? ` · ${resolutionLabel(c.resolution)}` : ""}
        </Text>
        {c.order ? (
          <Text size="small">
            <Link to={`/orders/${c.order.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
              Order #{c.order.display_id}
            </Link>{" "}
            · {formatMoney(c.order.total, c.order.currency_code)} · {c.order.email}
          </Text>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            No order yet (cart {c.cart_id ?? "unknown"}
            {c.email ? `, ${c.email}` : ""})
          </Text>
        )}
      </div>
      <Assignee c={c} />
      <Transitions c={c} />
      <Actions c={c} />
      <Notes c={c} />
    </div>
  )
}

/** One case: status moves, assignee, one-click actions with their recorded outcome, and the log with notes. */
export const CaseDrawer = ({ id, onClose }: { id: string | null; onClose: () => void }) => (
  <Drawer open={!!id} onOpenChange={(open) => !open && onClose()}>
    <Drawer.Content className="max-w-[560px]">
      <Drawer.Header>
        <Drawer.Title>Exception case</Drawer.Title>
        <Drawer.Description>Everything that happened on this case, and what you can do about it.</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="overflow-y-auto">{id && <CaseDetails id={id} />}</Drawer.Body>
    </Drawer.Content>
  </Drawer>
)
