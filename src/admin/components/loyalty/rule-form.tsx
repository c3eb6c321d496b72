import { Input, Select, Switch } from "@medusajs/ui"
import type { Rounding } from "../../lib/types"
import { FormField, SwitchField } from "../common/form-field"
import type { RuleFormErrors, RuleFormValues } from "./rule-form-values"
import { TiersEditor } from "./tiers-editor"

type Props = {
  values: RuleFormValues
  errors: RuleFormErrors
  currencyCode: string
  onChange: (patch: Partial<RuleFormValues>) => void
}

type NumberFieldProps = {
  field: keyof RuleFormValues
  label: string
  hint: string
  step?: string
  min?: number
  max?: number
  optional?: boolean
  placeholder?: string
} & Pick<Props, "values" | "errors" | "onChange">

const NumberField = ({
  field,
  label,
  hint,
  step = "1",
  min,
  max,
  optional,
  placeholder,
  ...form
}: NumberFieldProps) => (
  <FormField id={`rule-${field}`} label={label} hint={hint} error={form.errors[field]} optional={optional}>
    <Input
      id={`rule-${field}`}
      type="number"
      step={step}
      min={min}
      max={max}
      placeholder={placeholder}
      value={form.values[field] as string}
      aria-invalid={Boolean(form.errors[field])}
      onChange={(e) => form.onChange({ [field]: e.target.value })}
    />
  </FormField>
)

/** Every field of a currency's points program, grouped as earn / redeem / lifecycle / tiers. */
export const RuleForm = ({ values, errors, currencyCode, onChange }: Props) => {
  const form = { values, errors, onChange }
  const unit = currencyCode.toUpperCase()
  return (
    <div className="flex flex-col gap-y-8">
      <SwitchField
        id="rule-is_active"
        label="Active"
        hint="Inactive: no points are earned or redeemed in this currency"
      >
        <Switch id="rule-is_active" checked={values.is_active} onCheckedChange={(v) => onChange({ is_active: v })} />
      </SwitchField>

      <section className="flex flex-col gap-y-4">
        <h3 className="txt-compact-small-plus text-ui-fg-base">Earning</h3>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <NumberField
            {...form}
            field="points_per_unit"
            label={`Points per 1 ${unit} paid`}
            hint="On the net amount paid"
            step="any"
            min={0}
          />
          <FormField id="rule-rounding" label="Rounding" hint="How fractional points are rounded">
            <Select value={values.rounding} onValueChange={(v) => onChange({ rounding: v as Rounding })}>
              <Select.Trigger id="rule-rounding">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="floor">Down (floor)</Select.Item>
                <Select.Item value="round">Nearest (round)</Select.Item>
                <Select.Item value="ceil">Up (ceil)</Select.Item>
              </Select.Content>
            </Select>
          </FormField>
        </div>
        <SwitchField id="rule-include_tax" label="Include tax" hint="Earn on the amount including taxes">
          <Switch
            id="rule-include_tax"
            checked={values.include_tax}
            onCheckedChange={(v) => onChange({ include_tax: v })}
          />
        </SwitchField>
        <SwitchField id="rule-include_shipping" label="Include shipping" hint="Earn on shipping costs too">
          <Switch
            id="rule-include_shipping"
            checked={values.include_shipping}
            onCheckedChange={(v) => onChange({ include_shipping: v })}
          />
        </SwitchField>
      </section>

      <section className="flex flex-col gap-y-4">
        <h3 className="txt-compact-small-plus text-ui-fg-base">Redeeming</h3>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <NumberField
            {...form}
            field="points_per_currency_unit"
            label={`Points worth 1 ${unit}`}
            hint={`e.g. 100: 100 points = 1 ${unit} off`}
            min={1}
          />
          <NumberField
            {...form}
            field="min_redemption"
            label="Minimum points per redemption"
            hint="0: no minimum"
            min={0}
          />
          <NumberField
            {...form}
            field="max_redemption_percent"
            label="Max share of an order paid with points (%)"
            hint="0 to 100"
            step="any"
            min={0}
            max={100}
          />
        </div>
      </section>

      <section className="flex flex-col gap-y-4">
        <h3 className="txt-compact-small-plus text-ui-fg-base">Lifecycle</h3>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <NumberField
            {...form}
            field="pending_days"
            label="Pending days"
            hint="Days before earned points can be used"
            min={0}
            max={365}
          />
          <NumberField
            {...form}
            field="expiry_months"
            label="Expiry (months)"
            hint="Empty: points never expire"
            min={1}
            max={120}
            optional
            placeholder="Never"
          />
          <NumberField
            {...form}
            field="welcome_points"
            label="Welcome points"
            hint="Granted when a customer registers"
            min={0}
          />
        </div>
      </section>

      <TiersEditor
        tiers={values.tiers}
        currencyCode={currencyCode}
        errors={errors}
        onChange={(tiers) => onChange({ tiers })}
      />
    </div>
  )
}
