import { Button, Drawer, Input, Label, Switch, Text, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { useOrderExceptionSettings, useUpdateOrderExceptionSettings } from "../../hooks/use-order-exceptions"
import { errorMessage } from "../../lib/format"
import { ErrorState, LoadingState } from "../common/query-states"
import type { FraudRules, OrderExceptionSettings } from "./types"

const RULE_LABELS: Record<keyof FraudRules, string> = {
  order_velocity: "Many orders in a short window",
  failed_payments: "Many failed payments",
  country_mismatch: "Billing and shipping country differ",
  high_first_order: "First order far above the average",
  disposable_email: "Disposable e-mail domain",
  many_addresses: "Many shipping addresses",
  many_cards: "Many cards (where the provider exposes them)",
}

const THRESHOLDS: { key: keyof OrderExceptionSettings; label: string; max: number }[] = [
  { key: "authorized_capture_hours", label: "Authorized but not captured after (hours)", max: 8760 },
  { key: "unfulfilled_days", label: "Not fulfilled after (days)", max: 3650 },
  { key: "undelivered_days", label: "Not delivered after (days)", max: 3650 },
  { key: "fraud_threshold", label: "Fraud score that raises a case (0–100)", max: 100 },
]

const SettingsForm = ({ settings, onDone }: { settings: OrderExceptionSettings; onDone: () => void }) => {
  const update = useUpdateOrderExceptionSettings()
  const [numbers, setNumbers] = useState(
    () => Object.fromEntries(THRESHOLDS.map((t) => [t.key, String(settings[t.key])])) as Record<string, string>
  )
  const [rules, setRules] = useState(
    () =>
      Object.fromEntries(
        Object.entries(settings.fraud_rules).map(([k, r]) => [k, { enabled: r.enabled, weight: String(r.weight) }])
      ) as Record<keyof FraudRules, { enabled: boolean; weight: string }>
  )
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const body: Record<string, unknown> = {}
    for (const t of THRESHOLDS) {
      const n = Number(numbers[t.key])
      if (!Number.isInteger(n) || n < 0 || n > t.max)
        return toast.error(`${t.label}: a whole number from 0 to ${t.max}`)
      body[t.key] = n
    }
    const fraud_rules: Record<string, unknown> = {}
    for (const [key, r] of Object.entries(rules)) {
      const weight = Number(r.weight)
      if (!Number.isInteger(weight) || weight < 0 || weight > 100) {
        return toast.error(`${RULE_LABELS[key as keyof FraudRules]}: weight from 0 to 100`)
      }
      fraud_rules[key] = { enabled: r.enabled, weight }
    }
    body.fraud_rules = fraud_rules
    try {
      await update.mutateAsync(body)
      toast.success("Settings saved")
      onDone()
    } catch (err) {
      toast.error("Could not save the settings", { description: errorMessage(err) })
    }
  }
  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
        <div className="flex flex-col gap-y-3">
          {THRESHOLDS.map((t) => (
            <div key={t.key} className="flex items-center justify-between gap-x-4">
              <Label size="small">{t.label}</Label>
              <Input
                className="w-24"
                size="small"
                type="number"
                min={0}
                max={t.max}
                value={numbers[t.key]}
                onChange={(e) => setNumbers((n) => ({ ...n, [t.key]: e.target.value }))}
              />
            </div>
          ))}
        </div>
        <div className="flex flex-col gap-y-3">
          <Text size="small" weight="plus">
            Fraud rules (weights add up to the score, capped at 100)
          </Text>
          {(Object.keys(RULE_LABELS) as (keyof FraudRules)[]).map((key) => (
            <div key={key} className="flex items-center justify-between gap-x-4">
              <div className="flex items-center gap-x-2">
                <Switch
                  checked={rules[key].enabled}
                  onCheckedChange={(enabled) => setRules((r) => ({ ...r, [key]: { ...r[key], enabled } }))}
                />
                <Label size="small">{RULE_LABELS[key]}</Label>
              </div>
              <Input
                className="w-20"
                size="small"
                type="number"
                min={0}
                max={100}
                value={rules[key].weight}
                onChange={(e) => setRules((r) => ({ ...r, [key]: { ...r[key], weight: e.target.value } }))}
              />
            </div>
          ))}
          <Text size="xsmall" className="text-ui-fg-subtle">
            Windows and limits of each rule are set through POST /admin/order-exceptions/settings.
          </Text>
        </div>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary">
            Cancel
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={update.isPending}>
          Save
        </Button>
      </Drawer.Footer>
    </form>
  )
}

/** Thresholds (hours/days), the fraud threshold and the rules' weights. */
export const ExceptionSettingsDrawer = () => {
  const [open, setOpen] = useState(false)
  const { data, isLoading, isError, error, refetch } = useOrderExceptionSettings()
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Settings
        </Button>
      </Drawer.Trigger>
      <Drawer.Content className="max-w-[560px]">
        <Drawer.Header>
          <Drawer.Title>Exception inbox settings</Drawer.Title>
          <Drawer.Description>When a case is raised, and how orders are scored for fraud.</Drawer.Description>
        </Drawer.Header>
        {isLoading ? (
          <Drawer.Body>
            <LoadingState rows={6} />
          </Drawer.Body>
        ) : isError || !data ? (
          <Drawer.Body>
            <ErrorState error={error} onRetry={() => refetch()} />
          </Drawer.Body>
        ) : (
          <SettingsForm key={JSON.stringify(data.settings)} settings={data.settings} onDone={() => setOpen(false)} />
        )}
      </Drawer.Content>
    </Drawer>
  )
}
