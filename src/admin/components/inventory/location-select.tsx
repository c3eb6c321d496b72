import { Select } from "@medusajs/ui"
import { ALL_LOCATIONS } from "./item-link"

const ALL = "__all"

type Props = {
  id: string
  locations: { id: string; name: string }[]
  value: string | null
  onChange: (locationId: string | null) => void
  /** Offer "All locations" (value null). */
  allowAll?: boolean
  className?: string
  "aria-label"?: string
}

/** A stock location picker; `null` is "All locations" when allowed. */
export const LocationSelect = ({ id, locations, value, onChange, allowAll = false, className, ...rest }: Props) => (
  <Select value={value ?? (allowAll ? ALL : undefined)} onValueChange={(v) => onChange(v === ALL ? null : v)}>
    <Select.Trigger id={id} className={className} aria-label={rest["aria-label"]}>
      <Select.Value placeholder="Choose a location" />
    </Select.Trigger>
    <Select.Content>
      {allowAll && <Select.Item value={ALL}>{ALL_LOCATIONS}</Select.Item>}
      {locations.map((l) => (
        <Select.Item key={l.id} value={l.id}>
          {l.name}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
