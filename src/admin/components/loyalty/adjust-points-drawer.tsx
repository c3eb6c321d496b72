import { Alert, Button, Drawer, Input, Select, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { useStoreCurrencies } from "../../hooks/use-core-pickers"
import { useAdjustPoints } from "../../hooks/use-loyalty-account"
import { errorMessage, formatPoints } from "../../lib/format"
import { FormField } from "../common/form-field"

const NO_CURRENCY = "__none"

/** One key per opened form: submitting twice (double click, retry) posts the adjustment once. */
const newIdempotencyKey = () =>
  typeof crypto !== "undefined" && "randomUUID" in crypto
    ? `adm_${crypto.randomUUID()}`
    : `adm_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`

type Props = { customerId: string; available: number }

/** "Adjust points": add (positive) or remove (negative) points with a required reason. */
export const AdjustPointsDrawer = ({ customerId, available }: Props) => {
  const [open, setOpen] = useState(false)
  const [points, setPoints] = useState("")
  const [reason, setReason] = useState("")
  const [currency, setCurrency] = useState(NO_CURRENCY)
  const [key, setKey] = useState(newIdempotencyKey)
  const [touched, setTouched] = useState(false)
  const currencies = useStoreCurrencies()
  const adjust = useAdjustPoints(customerId)

  const value = Number(points)
  const pointsError =
    points.trim() === "" || !Number.isInteger(value)
      ? "Enter a whole number of points"
      : value === 0
        ? "Points must not be zero"
        : null
  const reasonError = reason.trim().length < 3 ? "A reason of at least 3 characters is required" : null

  const reset = () => {
    setPoints("")
    setReason("")
    setCurrency(NO_CURRENCY)
    setTouched(false)
    setKey(newIdempotencyKey())
    adjust.reset()
  }

  const onOpenChange = (next: boolean) => {
    if (!next) reset()
    setOpen(next)
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setTouched(true)
    if (pointsError || reasonError) return
    adjust.mutate(
      {
        points: value,
        reason: reason.trim(),
        idempotency_key: key,
        ...(currency !== NO_CURRENCY ? { currency_code: currency } : {}),
      },
      {
        onSuccess: () => {
          toast.success(value > 0 ? "Points added" : "Points removed", {
            description: `${formatPoints(value, true)} points: ${reason.trim()}`,
          })
          onOpenChange(false)
        },
        onError: (error) => toast.error("Adjustment refused", { description: errorMessage(error) }),
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Adjust points
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>Adjust points</Drawer.Title>
            <Drawer.Description>
              Add points with a positive number, remove them with a negative one. {formatPoints(available)} points are
              available now.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {adjust.isError && (
              <Alert variant="error" dismissible={false}>
                {errorMessage(adjust.error)}
              </Alert>
            )}
            <FormField id="adjust-points" label="Points" hint="e.g. 500 or -200" error={touched ? pointsError : null}>
              <Input
                id="adjust-points"
                type="number"
                step={1}
                inputMode="numeric"
                value={points}
                onChange={(e) => setPoints(e.target.value)}
                aria-invalid={touched && Boolean(pointsError)}
                autoFocus
              />
            </FormField>
            <FormField
              id="adjust-reason"
              label="Reason"
              hint="Shown in the ledger; required for every adjustment"
              error={touched ? reasonError : null}
            >
              <Textarea
                id="adjust-reason"
                value={reason}
                maxLength={500}
                onChange={(e) => setReason(e.target.value)}
                aria-invalid={touched && Boolean(reasonError)}
              />
            </FormField>
            <FormField
              id="adjust-currency"
              label="Currency"
              optional
              hint="Which currency's rule values these points in the liability report"
            >
              <Select value={currency} onValueChange={setCurrency}>
                <Select.Trigger id="adjust-currency">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={NO_CURRENCY}>None</Select.Item>
                  {(currencies.data ?? []).map((code) => (
                    <Select.Item key={code} value={code}>
                      {code.toUpperCase()}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </FormField>
            {Number.isInteger(value) && value < 0 && -value > available && (
              <Text size="small" className="text-ui-fg-error">
                More than the available balance: the server will refuse it.
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={adjust.isPending}>
              Save adjustment
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
