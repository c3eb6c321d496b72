import { Plus } from "@medusajs/icons"
import { Alert, Button, DatePicker, FocusModal, Heading, Input, Select, Switch, Text, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { Link } from "react-router-dom"
import { useCouponBatch, useCreateCouponBatch } from "../../hooks/use-coupon-batches"
import { useCustomerGroupOptions } from "../../hooks/use-core-pickers"
import { errorMessage, formatPoints } from "../../lib/format"
import type { CreateCouponBatchInput } from "../../lib/types"
import { FormField, SwitchField } from "../common/form-field"
import { ProgressBar } from "../common/progress-bar"
import { PromotionPicker } from "./promotion-picker"
import { BatchStatusBadge } from "./status-badges"

const ANY_GROUP = "__any"

type Values = {
  name: string
  promotion_id: string
  count: string
  prefix: string
  single_use: boolean
  once_per_customer: boolean
  expires_at: Date | null
  customer_group_id: string
  exchange_points: string
}

const EMPTY: Values = {
  name: "",
  promotion_id: "",
  count: "100",
  prefix: "",
  single_use: true,
  once_per_customer: false,
  expires_at: null,
  customer_group_id: ANY_GROUP,
  exchange_points: "",
}

type Errors = Partial<Record<keyof Values, string>>

const endOfDay = (date: Date) => {
  const end = new Date(date)
  end.setHours(23, 59, 59, 999)
  return end
}

/** Client-side checks with the server's bounds (src/api/admin/coupon-batches/validators.ts). */
const validate = (v: Values): { body: CreateCouponBatchInput; errors: null } | { body: null; errors: Errors } => {
  const errors: Errors = {}
  const count = Number(v.count)
  if (!v.name.trim()) errors.name = "Name the batch"
  else if (v.name.trim().length > 200) errors.name = "At most 200 characters"
  if (!v.promotion_id) errors.promotion_id = "Choose the promotion the codes grant"
  if (!Number.isInteger(count) || count < 1 || count > 100_000) errors.count = "A whole number from 1 to 100,000"
  if (v.prefix && !/^[A-Za-z0-9]{1,12}$/.test(v.prefix)) errors.prefix = "1 to 12 letters or digits"
  if (v.expires_at && endOfDay(v.expires_at).getTime() <= Date.now()) errors.expires_at = "Choose a future date"
  const exchange = Number(v.exchange_points)
  if (v.exchange_points.trim() && (!Number.isInteger(exchange) || exchange < 1 || exchange > 100_000_000))
    errors.exchange_points = "A whole number of points from 1"
  if (Object.keys(errors).length) return { body: null, errors }
  return {
    errors: null,
    body: {
      name: v.name.trim(),
      promotion_id: v.promotion_id,
      count,
      single_use: v.single_use,
      once_per_customer: v.once_per_customer,
      ...(v.prefix ? { prefix: v.prefix.toUpperCase() } : {}),
      ...(v.expires_at ? { expires_at: endOfDay(v.expires_at).toISOString() } : {}),
      ...(v.customer_group_id !== ANY_GROUP ? { customer_group_id: v.customer_group_id } : {}),
      ...(v.exchange_points.trim() ? { exchange_points: exchange } : {}),
    },
  }
}

/** Shows a new batch's generation until it is ready (polls the batch while it is generating). */
const GenerationStatus = ({ batchId, onClose }: { batchId: string; onClose: () => void }) => {
  const { data, isError, error } = useCouponBatch(batchId)
  const batch = data?.coupon_batch
  return (
    <div className="flex w-full max-w-[560px] flex-col gap-y-4">
      <FocusModal.Title asChild>
        <Heading level="h2">{batch ? batch.name : "Generating codes"}</Heading>
      </FocusModal.Title>
      {isError && (
        <Alert variant="error" dismissible={false}>
          {errorMessage(error)}
        </Alert>
      )}
      {batch && (
        <>
          <div className="flex items-center gap-x-2">
            <BatchStatusBadge status={batch.status} />
            <Text size="small" className="text-ui-fg-subtle">
              {batch.status === "generating"
                ? "Codes are being generated in the background; you can close this window."
                : batch.status === "ready"
                  ? `${formatPoints(batch.count)} codes are ready.`
                  : "Generation failed. It is retried by the background job; check the server logs if it stays failed."}
            </Text>
          </div>
          <ProgressBar value={batch.generated_count} total={batch.count} label="Generated codes" />
          <div className="flex gap-x-2">
            <Button size="small" variant="secondary" asChild>
              <Link to={`/coupons/${batch.id}`} onClick={onClose}>
                Open batch
              </Link>
            </Button>
          </div>
        </>
      )}
    </div>
  )
}

export const GenerateCodesModal = () => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<Values>(EMPTY)
  const [errors, setErrors] = useState<Errors>({})
  const [createdId, setCreatedId] = useState<string | null>(null)
  const create = useCreateCouponBatch()
  const groups = useCustomerGroupOptions()
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }))

  const onOpenChange = (next: boolean) => {
    if (!next) {
      setValues(EMPTY)
      setErrors({})
      setCreatedId(null)
      create.reset()
    }
    setOpen(next)
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const result = validate(values)
    setErrors(result.errors ?? {})
    if (!result.body) return
    create.mutate(result.body, {
      onSuccess: ({ coupon_batch }) => {
        toast.success(
          coupon_batch.status === "generating"
            ? "Generating codes"
            : `${formatPoints(coupon_batch.count)} codes created`,
          { description: coupon_batch.name }
        )
        setCreatedId(coupon_batch.id)
      },
      onError: (error) => toast.error("Could not create the batch", { description: errorMessage(error) }),
    })
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          <Plus />
          Generate codes
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden" noValidate>
          <FocusModal.Header></FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-12">
            {createdId ? (
              <GenerationStatus batchId={createdId} onClose={() => onOpenChange(false)} />
            ) : (
              <div className="flex w-full max-w-[560px] flex-col gap-y-6">
                <div>
                  <FocusModal.Title asChild>
                    <Heading level="h2">Generate coupon codes</Heading>
                  </FocusModal.Title>
                  <Text size="small" className="text-ui-fg-subtle">
                    Unique codes that all grant one existing promotion. The promotion decides the discount; each code
                    decides who may use it, and how often.
                  </Text>
                </div>
                {create.isError && (
                  <Alert variant="error" dismissible={false}>
                    {errorMessage(create.error)}
                  </Alert>
                )}
                <FormField id="batch-promotion" label="Promotion" error={errors.promotion_id}>
                  <PromotionPicker
                    id="batch-promotion"
                    value={values.promotion_id}
                    onChange={(promotion_id) => set({ promotion_id })}
                    invalid={Boolean(errors.promotion_id)}
                  />
                </FormField>
                <FormField
                  id="batch-name"
                  label="Name"
                  hint="For your reference, e.g. “Spring newsletter”"
                  error={errors.name}
                >
                  <Input
                    id="batch-name"
                    value={values.name}
                    maxLength={200}
                    onChange={(e) => set({ name: e.target.value })}
                    aria-invalid={Boolean(errors.name)}
                  />
                </FormField>
                <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                  <FormField id="batch-count" label="Number of codes" hint="1 to 100,000" error={errors.count}>
                    <Input
                      id="batch-count"
                      type="number"
                      min={1}
                      max={100_000}
                      step={1}
                      value={values.count}
                      onChange={(e) => set({ count: e.target.value })}
                      aria-invalid={Boolean(errors.count)}
                    />
                  </FormField>
                  <FormField
                    id="batch-prefix"
                    label="Prefix"
                    optional
                    hint="e.g. SPRING → SPRING-7KQ2…"
                    error={errors.prefix}
                  >
                    <Input
                      id="batch-prefix"
                      value={values.prefix}
                      maxLength={12}
                      onChange={(e) => set({ prefix: e.target.value.toUpperCase() })}
                      aria-invalid={Boolean(errors.prefix)}
                    />
                  </FormField>
                  <FormField
                    id="batch-expires"
                    label="Expires"
                    optional
                    hint="Codes stop working after this day"
                    error={errors.expires_at}
                  >
                    <DatePicker
                      aria-label="Expiry date"
                      value={values.expires_at}
                      minValue={new Date()}
                      onChange={(expires_at) => set({ expires_at })}
                    />
                  </FormField>
                  <FormField
                    id="batch-exchange"
                    label="Exchange for points"
                    optional
                    hint="Customers can buy one code for this many points"
                    error={errors.exchange_points}
                  >
                    <Input
                      id="batch-exchange"
                      type="number"
                      min={1}
                      step={1}
                      placeholder="Not exchangeable"
                      value={values.exchange_points}
                      onChange={(e) => set({ exchange_points: e.target.value })}
                      aria-invalid={Boolean(errors.exchange_points)}
                    />
                  </FormField>
                </div>
                <FormField
                  id="batch-group"
                  label="Customer group"
                  optional
                  hint="Only customers of this group may use the codes"
                >
                  <Select
                    value={values.customer_group_id}
                    onValueChange={(customer_group_id) => set({ customer_group_id })}
                  >
                    <Select.Trigger id="batch-group">
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      <Select.Item value={ANY_GROUP}>Any customer</Select.Item>
                      {(groups.data?.customer_groups ?? []).map((g) => (
                        <Select.Item key={g.id} value={g.id}>
                          {g.name ?? g.id}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </FormField>
                <SwitchField
                  id="batch-single-use"
                  label="Single use"
                  hint="Each code can be redeemed by one order only"
                >
                  <Switch
                    id="batch-single-use"
                    checked={values.single_use}
                    onCheckedChange={(single_use) => set({ single_use })}
                  />
                </SwitchField>
                <SwitchField
                  id="batch-once-per-customer"
                  label="Once per customer"
                  hint="A customer (or guest e-mail) may redeem at most one code of this batch"
                >
                  <Switch
                    id="batch-once-per-customer"
                    checked={values.once_per_customer}
                    onCheckedChange={(once_per_customer) => set({ once_per_customer })}
                  />
                </SwitchField>
              </div>
            )}
          </FocusModal.Body>
          <FocusModal.Footer>
            <div className="flex items-center justify-end gap-x-2">
              <FocusModal.Close asChild>
                <Button size="small" variant="secondary" type="button">
                  {createdId ? "Close" : "Cancel"}
                </Button>
              </FocusModal.Close>
              {!createdId && (
                <Button size="small" type="submit" isLoading={create.isPending}>
                  Generate
                </Button>
              )}
            </div>
          </FocusModal.Footer>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
