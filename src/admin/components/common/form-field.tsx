import { Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type FormFieldProps = {
  id: string
  label: string
  hint?: string
  error?: string | null
  optional?: boolean
  children: ReactNode
}

/** Label, control, then a hint or the field's error. */
export const FormField = ({ id, label, hint, error, optional, children }: FormFieldProps) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
      {optional && <span className="text-ui-fg-muted font-normal"> (optional)</span>}
    </Label>
    {children}
    {error ? (
      <Text size="xsmall" className="text-ui-fg-error" id={`${id}-error`}>
        {error}
      </Text>
    ) : hint ? (
      <Text size="xsmall" className="text-ui-fg-subtle" id={`${id}-hint`}>
        {hint}
      </Text>
    ) : null}
  </div>
)

type SwitchFieldProps = { id: string; label: string; hint?: string; children: ReactNode }

/** A switch with its label on the left and a hint under it. */
export const SwitchField = ({ id, label, hint, children }: SwitchFieldProps) => (
  <div className="flex items-start justify-between gap-x-4">
    <div className="flex flex-col">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {hint && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
    </div>
    {children}
  </div>
)
