import { Alert, Button, Container, Heading, Input, Select, Switch, Text, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { useCreateSpendThresholdPromotion } from "../../hooks/use-coupon-batches"
import { useStoreCurrencies } from "../../hooks/use-core-pickers"
import { errorMessage, formatMoney } from "../../lib/format"
import { FormField, SwitchField } from "../common/form-field"

type Values = {
  code: string
  threshold: string
  discount: string
  currency_code: string
  is_percentage: boolean
  is_automatic: boolean
}

const EMPTY: Values = {
  code: "",
  threshold: "",
  discount: "",
  currency_code: "",
  is_percentage: false,
  is_automatic: false,
}

type Errors = Partial<Record<keyof Values, string>>

const validate = (v: Values, currency: string): Errors => {
  const errors: Errors = {}
  const threshold = Number(v.threshold)
  const discount = Number(v.discount)
  if (!/^[A-Za-z0-9_-]{3,40}$/.test(v.code.trim())) errors.code = "3 to 40 letters, digits, - or _"
  if (!(threshold > 0)) errors.threshold = "A positive amount"
  if (!(discount > 0)) errors.discount = "A positive number"
  else if (v.is_percentage && discount > 100) errors.discount = "A percentage is at most 100"
  else if (!v.is_percentage && threshold > 0 && discount >= threshold)
    errors.discount = "The discount must be below the threshold"
  if (!/^[a-z]{3}$/i.test(currency)) errors.currency_code = "Choose a currency"
  return errors
}

/** "Spend X, save Y": creates a core promotion (order subtotal ≥ X → Y off). */
export const SpendThresholdForm = () => {
  const [values, setValues] = useState<Values>(EMPTY)
  const [errors, setErrors] = useState<Errors>({})
  const currencies = useStoreCurrencies()
  const create = useCreateSpendThresholdPromotion()
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }))
  const currency = values.currency_code || currencies.data?.[0] || ""

  const preview =
    Number(values.threshold) > 0 && Number(values.discount) > 0 && currency
      ? `Spend ${formatMoney(Number(values.threshold), currency)}, save ${
          values.is_percentage ? `${Number(values.discount)}%` : formatMoney(Number(values.discount), currency)
        }`
      : null

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found = validate(values, currency)
    setErrors(found)
    if (Object.keys(found).length) return
    create.mutate(
      {
        code: values.code.trim(),
        threshold: Number(values.threshold),
        discount: Number(values.discount),
        currency_code: currency.toLowerCase(),
        is_percentage: values.is_percentage,
        is_automatic: values.is_automatic,
      },
      {
        onSuccess: ({ promotion }) => {
          toast.success("Promotion created", { description: `${promotion.code}: ${preview}` })
          setValues(EMPTY)
        },
        onError: (error) => toast.error("Could not create the promotion", { description: errorMessage(error) }),
      }
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Spend X, save Y</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          A promotion for orders whose subtotal reaches a threshold. Use it as is, or generate codes for it above.
        </Text>
      </div>
      <form onSubmit={onSubmit} className="flex flex-col gap-y-4 px-6 py-4" noValidate>
        {create.isError && (
          <Alert variant="error" dismissible={false}>
            {errorMessage(create.error)}
          </Alert>
        )}
        <div className="grid grid-cols-1 gap-4 md:grid-cols-4">
          <FormField id="spend-code" label="Promotion code" error={errors.code}>
            <Input
              id="spend-code"
              placeholder="SPEND100SAVE10"
              value={values.code}
              maxLength={40}
              onChange={(e) => set({ code: e.target.value.toUpperCase() })}
              aria-invalid={Boolean(errors.code)}
            />
          </FormField>
          <FormField id="spend-currency" label="Currency" error={errors.currency_code}>
            <Select value={currency} onValueChange={(currency_code) => set({ currency_code })}>
              <Select.Trigger id="spend-currency">
                <Select.Value placeholder={currencies.isLoading ? "Loading…" : "Currency"} />
              </Select.Trigger>
              <Select.Content>
                {(currencies.data ?? []).map((code) => (
                  <Select.Item key={code} value={code}>
                    {code.toUpperCase()}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </FormField>
          <FormField id="spend-threshold" label="Minimum subtotal" error={errors.threshold}>
            <Input
              id="spend-threshold"
              type="number"
              min={0}
              step="any"
              placeholder="100"
              value={values.threshold}
              onChange={(e) => set({ threshold: e.target.value })}
              aria-invalid={Boolean(errors.threshold)}
            />
          </FormField>
          <FormField
            id="spend-discount"
            label={values.is_percentage ? "Discount (%)" : "Discount amount"}
            error={errors.discount}
          >
            <Input
              id="spend-discount"
              type="number"
              min={0}
              step="any"
              placeholder="10"
              value={values.discount}
              onChange={(e) => set({ discount: e.target.value })}
              aria-invalid={Boolean(errors.discount)}
            />
          </FormField>
        </div>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <SwitchField id="spend-percentage" label="Percentage" hint="Take a percentage off instead of an amount">
            <Switch
              id="spend-percentage"
              checked={values.is_percentage}
              onCheckedChange={(is_percentage) => set({ is_percentage })}
            />
          </SwitchField>
          <SwitchField id="spend-automatic" label="Automatic" hint="Apply without entering the code">
            <Switch
              id="spend-automatic"
              checked={values.is_automatic}
              onCheckedChange={(is_automatic) => set({ is_automatic })}
            />
          </SwitchField>
        </div>
        <div className="flex items-center justify-between gap-x-4">
          <Text size="small" className="text-ui-fg-subtle">
            {preview ?? "Fill in the threshold and the discount to see a preview."}
          </Text>
          <Button size="small" type="submit" isLoading={create.isPending}>
            Create promotion
          </Button>
        </div>
      </form>
    </Container>
  )
}
