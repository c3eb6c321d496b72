import { CogSixTooth } from "@medusajs/icons"
import { Alert, Button, Drawer, Heading, Input, RadioGroup, Switch, Text, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { useInventoryAlertSettings, useUpdateInventoryAlertSettings } from "../../hooks/use-inventory-settings"
import { errorMessage } from "../../lib/format"
import type { BackInStockMode, InventoryAlertSettings, InventoryAlertSettingsFields } from "../../lib/inventory-types"
import { FormField, SwitchField } from "../common/form-field"
import { ErrorState, LoadingState } from "../common/query-states"

type NumberField =
  "default_threshold" | "hysteresis" | "velocity_window_days" | "safety_stock_days" | "default_lead_time_days"

type Values = Record<NumberField, string> & {
  notify_feed: boolean
  notify_email: string
  webhook_url: string
  daily_digest: boolean
  back_in_stock_mode: BackInStockMode
}

type Errors = Partial<Record<keyof Values, string>>

/** Whole-number bounds per field. */
const BOUNDS: Record<NumberField, { min: number; max: number }> = {
  default_threshold: { min: 0, max: 1_000_000 },
  hysteresis: { min: 0, max: 1_000_000 },
  velocity_window_days: { min: 1, max: 365 },
  safety_stock_days: { min: 0, max: 365 },
  default_lead_time_days: { min: 0, max: 365 },
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const toValues = (s: InventoryAlertSettings): Values => ({
  default_threshold: String(s.default_threshold),
  hysteresis: String(s.hysteresis),
  velocity_window_days: String(s.velocity_window_days),
  safety_stock_days: String(s.safety_stock_days),
  default_lead_time_days: String(s.default_lead_time_days),
  notify_feed: s.notify_feed,
  notify_email: s.notify_email ?? "",
  webhook_url: s.webhook_url ?? "",
  daily_digest: s.daily_digest,
  back_in_stock_mode: s.back_in_stock_mode,
})

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value)
    return url.protocol === "https:" || url.protocol === "http:"
  } catch {
    return false
  }
}

/** Validate; on success, the fields that differ from the saved settings. */
const parse = (
  values: Values,
  saved: InventoryAlertSettings
): { errors: Errors; changes?: undefined } | { errors?: undefined; changes: Partial<InventoryAlertSettingsFields> } => {
  const errors: Errors = {}
  const numbers = {} as Record<NumberField, number>
  for (const field of Object.keys(BOUNDS) as NumberField[]) {
    const raw = values[field].trim()
    const n = Number(raw)
    const { min, max } = BOUNDS[field]
    if (raw === "" || !Number.isInteger(n)) errors[field] = "Enter a whole number"
    else if (n < min || n > max) errors[field] = `Between ${min} and ${max.toLocaleString()}`
    else numbers[field] = n
  }
  const email = values.notify_email.trim()
  if (email && !EMAIL.test(email)) errors.notify_email = "Enter a valid e-mail address, or leave it empty"
  const webhook = values.webhook_url.trim()
  if (webhook && !isHttpUrl(webhook)) errors.webhook_url = "Enter an http(s) URL, or leave it empty"
  if (Object.keys(errors).length) return { errors }

  const next: InventoryAlertSettingsFields = {
    ...numbers,
    notify_feed: values.notify_feed,
    notify_email: email || null,
    webhook_url: webhook || null,
    daily_digest: values.daily_digest,
    back_in_stock_mode: values.back_in_stock_mode,
  }
  const changes: Partial<InventoryAlertSettingsFields> = {}
  for (const key of Object.keys(next) as (keyof InventoryAlertSettingsFields)[]) {
    if (next[key] !== saved[key]) Object.assign(changes, { [key]: next[key] })
  }
  return { changes }
}

const NumberInput = ({
  field,
  values,
  errors,
  onChange,
}: {
  field: NumberField
  values: Values
  errors: Errors
  onChange: (patch: Partial<Values>) => void
}) => (
  <Input
    id={`settings-${field}`}
    type="number"
    inputMode="numeric"
    min={BOUNDS[field].min}
    max={BOUNDS[field].max}
    step={1}
    value={values[field]}
    onChange={(e) => onChange({ [field]: e.target.value })}
    aria-invalid={Boolean(errors[field])}
  />
)

const SettingsForm = ({ settings, onDone }: { settings: InventoryAlertSettings; onDone: () => void }) => {
  const [values, setValues] = useState<Values>(() => toValues(settings))
  const [errors, setErrors] = useState<Errors>({})
  const update = useUpdateInventoryAlertSettings()
  const onChange = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }))
  const props = { values, errors, onChange }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = parse(values, settings)
    if (parsed.errors) {
      setErrors(parsed.errors)
      return
    }
    setErrors({})
    if (!Object.keys(parsed.changes).length) {
      onDone()
      return
    }
    update.mutate(parsed.changes, {
      onSuccess: () => {
        toast.success("Inventory settings saved")
        onDone()
      },
      onError: (error) => toast.error("Could not save the settings", { description: errorMessage(error) }),
    })
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden" noValidate>
      <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
        {update.isError && (
          <Alert variant="error" dismissible={false}>
            {errorMessage(update.error)}
          </Alert>
        )}
        <section className="flex flex-col gap-y-4">
          <Heading level="h3">Thresholds</Heading>
          <FormField
            id="settings-default_threshold"
            label="Default threshold"
            hint="Alert when available stock is at or below this, unless the item has its own threshold"
            error={errors.default_threshold}
          >
            <NumberInput field="default_threshold" {...props} />
          </FormField>
          <FormField
            id="settings-hysteresis"
            label="Hysteresis"
            hint="Units above the threshold before an alert re-arms (avoids repeat alerts around the threshold)"
            error={errors.hysteresis}
          >
            <NumberInput field="hysteresis" {...props} />
          </FormField>
        </section>
        <section className="flex flex-col gap-y-4">
          <Heading level="h3">Notifications</Heading>
          <SwitchField id="settings-notify_feed" label="Admin feed" hint="Show new alerts in the admin notifications">
            <Switch
              id="settings-notify_feed"
              checked={values.notify_feed}
              onCheckedChange={(checked) => onChange({ notify_feed: checked })}
            />
          </SwitchField>
          <FormField
            id="settings-notify_email"
            label="E-mail"
            optional
            hint="Where alert e-mails go"
            error={errors.notify_email}
          >
            <Input
              id="settings-notify_email"
              type="email"
              placeholder="stock@example.com"
              value={values.notify_email}
              onChange={(e) => onChange({ notify_email: e.target.value })}
              aria-invalid={Boolean(errors.notify_email)}
            />
          </FormField>
          <FormField
            id="settings-webhook_url"
            label="Webhook URL"
            optional
            hint="A Slack-compatible incoming webhook"
            error={errors.webhook_url}
          >
            <Input
              id="settings-webhook_url"
              type="url"
              placeholder="https://hooks.slack.com/services/…"
              value={values.webhook_url}
              onChange={(e) => onChange({ webhook_url: e.target.value })}
              aria-invalid={Boolean(errors.webhook_url)}
            />
          </FormField>
          <SwitchField
            id="settings-daily_digest"
            label="Daily digest"
            hint="One summary a day instead of a message per alert"
          >
            <Switch
              id="settings-daily_digest"
              checked={values.daily_digest}
              onCheckedChange={(checked) => onChange({ daily_digest: checked })}
            />
          </SwitchField>
        </section>
        <section className="flex flex-col gap-y-4">
          <Heading level="h3">Back in stock</Heading>
          <RadioGroup
            value={values.back_in_stock_mode}
            onValueChange={(mode) => onChange({ back_in_stock_mode: mode as BackInStockMode })}
            aria-label="Back-in-stock notifications"
            className="flex flex-col gap-y-2"
          >
            <RadioGroup.ChoiceBox
              value="available"
              label="As many as the restock serves"
              description="Notify waiting customers, oldest first, up to the number of units that came back"
            />
            <RadioGroup.ChoiceBox
              value="all"
              label="Everyone waiting"
              description="Notify every waiting customer as soon as the item is available again"
            />
          </RadioGroup>
        </section>
        <section className="flex flex-col gap-y-4">
          <Heading level="h3">Replenishment</Heading>
          <FormField
            id="settings-velocity_window_days"
            label="Velocity window (days)"
            hint="Sales over this many days give the units sold per day"
            error={errors.velocity_window_days}
          >
            <NumberInput field="velocity_window_days" {...props} />
          </FormField>
          <FormField
            id="settings-safety_stock_days"
            label="Safety stock (days)"
            hint="Days of sales kept in reserve, unless the item's threshold sets a safety stock"
            error={errors.safety_stock_days}
          >
            <NumberInput field="safety_stock_days" {...props} />
          </FormField>
          <FormField
            id="settings-default_lead_time_days"
            label="Default lead time (days)"
            hint="Used when the supplier has no lead time"
            error={errors.default_lead_time_days}
          >
            <NumberInput field="default_lead_time_days" {...props} />
          </FormField>
        </section>
        {Object.keys(errors).length > 0 && (
          <Text size="small" className="text-ui-fg-error" role="alert">
            Fix the highlighted fields.
          </Text>
        )}
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Cancel
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={update.isPending}>
          Save settings
        </Button>
      </Drawer.Footer>
    </form>
  )
}

/** "Settings": thresholds, notification channels, back-in-stock mode and replenishment inputs. */
export const SettingsDrawer = () => {
  const [open, setOpen] = useState(false)
  const { data, isLoading, isError, error, refetch } = useInventoryAlertSettings({ enabled: open })

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          <CogSixTooth />
          Settings
        </Button>
      </Drawer.Trigger>
      <Drawer.Content className="max-w-[560px]">
        <Drawer.Header>
          <Drawer.Title>Inventory settings</Drawer.Title>
          <Drawer.Description>Store-wide defaults for stock alerts and reorder suggestions.</Drawer.Description>
        </Drawer.Header>
        {isLoading ? (
          <Drawer.Body>
            <LoadingState rows={6} label="Loading settings" />
          </Drawer.Body>
        ) : isError || !data ? (
          <Drawer.Body>
            <ErrorState error={error} onRetry={() => refetch()} title="Could not load the settings" />
          </Drawer.Body>
        ) : (
          // Keyed by the saved row: reopening starts from what the server has.
          <SettingsForm key={`${data.settings.id}`} settings={data.settings} onDone={() => setOpen(false)} />
        )}
      </Drawer.Content>
    </Drawer>
  )
}
