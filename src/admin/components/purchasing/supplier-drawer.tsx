import { Alert, Button, Drawer, Input, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, type ReactNode, useState } from "react"
import { useSaveSupplier } from "../../hooks/use-purchasing-suppliers"
import { errorMessage } from "../../lib/format"
import type { Supplier, SupplierInput } from "../../lib/purchasing-types"
import { FormField } from "../common/form-field"

type Values = Record<
  "name" | "contact_name" | "email" | "phone" | "lead_time_days" | "minimum_order_quantity" | "currency_code" | "notes",
  string
>
type Errors = Partial<Record<keyof Values, string>>

const toValues = (s?: Supplier): Values => ({
  name: s?.name ?? "",
  contact_name: s?.contact_name ?? "",
  email: s?.email ?? "",
  phone: s?.phone ?? "",
  lead_time_days: String(s?.lead_time_days ?? 14),
  minimum_order_quantity: String(s?.minimum_order_quantity ?? 0),
  currency_code: s?.currency_code ?? "eur",
  notes: s?.notes ?? "",
})

const wholeNumber = (value: string, max: number) => {
  const n = Number(value)
  return Number.isInteger(n) && n >= 0 && n <= max ? n : null
}

/** Client-side checks with the server's bounds (src/api/admin/suppliers/validators.ts). */
const validate = (v: Values): { body: SupplierInput | null; errors: Errors } => {
  const errors: Errors = {}
  if (!v.name.trim()) errors.name = "Name the supplier"
  if (v.name.length > 200) errors.name = "At most 200 characters"
  if (v.email.trim() && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.email.trim())) errors.email = "An e-mail address"
  if (!/^[a-z]{3}$/i.test(v.currency_code)) errors.currency_code = "A 3-letter currency code"
  const lead = wholeNumber(v.lead_time_days, 3650)
  if (lead === null) errors.lead_time_days = "Days: a whole number from 0"
  const moq = wholeNumber(v.minimum_order_quantity, 10_000_000)
  if (moq === null) errors.minimum_order_quantity = "A whole number from 0"
  if (Object.keys(errors).length) return { body: null, errors }
  const optional = (s: string) => (s.trim() ? s.trim() : null)
  return {
    errors,
    body: {
      name: v.name.trim(),
      contact_name: optional(v.contact_name),
      email: optional(v.email),
      phone: optional(v.phone),
      lead_time_days: lead!,
      minimum_order_quantity: moq!,
      currency_code: v.currency_code.toLowerCase(),
      notes: optional(v.notes),
    },
  }
}

/** Create a supplier, or edit one. */
export const SupplierDrawer = ({ supplier, trigger }: { supplier?: Supplier; trigger: ReactNode }) => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<Values>(() => toValues(supplier))
  const [errors, setErrors] = useState<Errors>({})
  const save = useSaveSupplier(supplier?.id)
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }))

  const onOpenChange = (next: boolean) => {
    if (next) {
      setValues(toValues(supplier))
      setErrors({})
      save.reset()
    }
    setOpen(next)
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const result = validate(values)
    setErrors(result.errors)
    if (!result.body) return
    save.mutate(result.body, {
      onSuccess: ({ supplier: saved }) => {
        toast.success(supplier ? "Supplier saved" : "Supplier created", { description: saved.name })
        setOpen(false)
      },
      onError: (error) => toast.error("Could not save the supplier", { description: errorMessage(error) }),
    })
  }

  const field = (key: keyof Values, label: string, props: Record<string, unknown> = {}, optional = false) => (
    <FormField id={`supplier-${key}`} label={label} error={errors[key]} optional={optional}>
      <Input
        id={`supplier-${key}`}
        value={values[key]}
        aria-invalid={Boolean(errors[key])}
        onChange={(e) => set({ [key]: e.target.value } as Partial<Values>)}
        {...props}
      />
    </FormField>
  )

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>{trigger}</Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>{supplier ? `Edit ${supplier.name}` : "Create a supplier"}</Drawer.Title>
            <Drawer.Description>
              Lead time and minimum order quantity feed the replenishment suggestions.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {save.isError && (
              <Alert variant="error" dismissible={false}>
                {errorMessage(save.error)}
              </Alert>
            )}
            {field("name", "Name", { maxLength: 200 })}
            {field("contact_name", "Contact", { maxLength: 200 }, true)}
            {field("email", "E-mail", { type: "email", maxLength: 320 }, true)}
            {field("phone", "Phone", { maxLength: 50 }, true)}
            <div className="grid grid-cols-3 gap-3">
              {field("currency_code", "Currency", { maxLength: 3 })}
              {field("lead_time_days", "Lead time (days)", { type: "number", min: 0, step: 1 })}
              {field("minimum_order_quantity", "Minimum order", { type: "number", min: 0, step: 1 })}
            </div>
            <FormField id="supplier-notes" label="Notes" optional>
              <Textarea
                id="supplier-notes"
                value={values.notes}
                maxLength={5000}
                onChange={(e) => set({ notes: e.target.value })}
              />
            </FormField>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending}>
              {supplier ? "Save" : "Create"}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
