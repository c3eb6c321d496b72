import { Alert, Button, Drawer, Input, Select, toast } from "@medusajs/ui"
import { type FormEvent, type ReactNode, useState } from "react"
import { useStoreCurrencies } from "../../hooks/use-core-pickers"
import { useCreateLoyaltyRule, useUpdateLoyaltyRule } from "../../hooks/use-loyalty-rules"
import { errorMessage } from "../../lib/format"
import type { LoyaltyRule } from "../../lib/types"
import { FormField } from "../common/form-field"
import { RuleForm } from "./rule-form"
import { parseFormValues, type RuleFormErrors, type RuleFormValues, toFormValues } from "./rule-form-values"

type Props = {
  /** The rule to edit; none: create a rule for a new currency. */
  rule?: LoyaltyRule
  /** Currencies that already have a rule (not offered when creating). */
  takenCurrencies: string[]
  trigger: ReactNode
}

export const RuleDrawer = ({ rule, takenCurrencies, trigger }: Props) => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<RuleFormValues>(() => toFormValues(rule))
  const [errors, setErrors] = useState<RuleFormErrors>({})
  const [currency, setCurrency] = useState("")
  const [currencyError, setCurrencyError] = useState<string | null>(null)
  const storeCurrencies = useStoreCurrencies()
  const create = useCreateLoyaltyRule()
  const update = useUpdateLoyaltyRule(rule?.id ?? "")
  const mutation = rule ? update : create

  const available = (storeCurrencies.data ?? []).filter((c) => !takenCurrencies.includes(c))
  const currencyCode = rule?.currency_code ?? currency

  const onOpenChange = (next: boolean) => {
    if (next) {
      setValues(toFormValues(rule))
      setErrors({})
      setCurrency(available[0] ?? "")
      setCurrencyError(null)
      create.reset()
      update.reset()
    }
    setOpen(next)
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = parseFormValues(values)
    const badCurrency = !rule && !/^[a-z]{3}$/i.test(currency) ? "Choose a 3-letter currency code" : null
    setCurrencyError(badCurrency)
    if (parsed.errors || badCurrency) {
      setErrors(parsed.errors ?? {})
      return
    }
    setErrors({})
    const onSuccess = () => {
      toast.success(rule ? "Rule saved" : "Rule created", {
        description: `Loyalty rule for ${currencyCode.toUpperCase()}`,
      })
      setOpen(false)
    }
    const onError = (error: Error) => toast.error("Could not save the rule", { description: errorMessage(error) })
    if (rule) update.mutate(parsed.data, { onSuccess, onError })
    else create.mutate({ ...parsed.data, currency_code: currency.toLowerCase() }, { onSuccess, onError })
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>{trigger}</Drawer.Trigger>
      <Drawer.Content className="max-w-[640px]">
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>
              {rule ? `Edit ${rule.currency_code.toUpperCase()} rule` : "Create a loyalty rule"}
            </Drawer.Title>
            <Drawer.Description>One points program per currency: how points are earned and spent.</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
            {mutation.isError && (
              <Alert variant="error" dismissible={false}>
                {errorMessage(mutation.error)}
              </Alert>
            )}
            {!rule && (
              <FormField
                id="rule-currency"
                label="Currency"
                hint="A currency can have only one rule"
                error={currencyError}
              >
                {available.length ? (
                  <Select value={currency} onValueChange={setCurrency}>
                    <Select.Trigger id="rule-currency">
                      <Select.Value placeholder="Choose a currency" />
                    </Select.Trigger>
                    <Select.Content>
                      {available.map((code) => (
                        <Select.Item key={code} value={code}>
                          {code.toUpperCase()}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                ) : (
                  <Input
                    id="rule-currency"
                    placeholder="eur"
                    maxLength={3}
                    value={currency}
                    onChange={(e) => setCurrency(e.target.value)}
                  />
                )}
              </FormField>
            )}
            <RuleForm
              values={values}
              errors={errors}
              currencyCode={currencyCode || "unit"}
              onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
            />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={mutation.isPending}>
              {rule ? "Save" : "Create"}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
