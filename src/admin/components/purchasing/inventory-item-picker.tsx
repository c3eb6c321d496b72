import { Input, Select, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useInventoryItemOptions } from "../../hooks/use-purchasing-pickers"
import type { InventoryItemRef } from "../../lib/purchasing-types"

type Props = {
  id: string
  value: string
  onChange: (item: InventoryItemRef) => void
  invalid?: boolean
  /** Items already chosen elsewhere in the form (not offered again). */
  exclude?: string[]
}

export const itemLabel = (item: Pick<InventoryItemRef, "id" | "sku" | "title"> | null | undefined, fallback = "") =>
  item ? [item.sku, item.title].filter(Boolean).join(" · ") || item.id : fallback

/** Search inventory items by SKU or title, then pick one. */
export const InventoryItemPicker = ({ id, value, onChange, invalid, exclude = [] }: Props) => {
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")
  useEffect(() => {
    const timer = setTimeout(() => setQ(search), 300)
    return () => clearTimeout(timer)
  }, [search])
  const { data, isLoading, isError } = useInventoryItemOptions(q)
  const items = (data?.inventory_items ?? []) as InventoryItemRef[]
  const [chosen, setChosen] = useState<InventoryItemRef | null>(null)
  const offered = items.filter((i) => i.id === value || !exclude.includes(i.id))
  const listed = offered.some((i) => i.id === value)
  const select = (next: string) => {
    const item = items.find((i) => i.id === next)
    if (item) {
      setChosen(item)
      onChange(item)
    }
  }

  return (
    <div className="flex flex-col gap-y-1">
      <Input
        size="small"
        type="search"
        placeholder="Search SKU or title"
        aria-label="Search inventory items"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <Select value={value} onValueChange={select}>
        <Select.Trigger id={id} aria-invalid={invalid}>
          <Select.Value placeholder={isLoading ? "Loading items…" : "Choose an item"} />
        </Select.Trigger>
        <Select.Content>
          {!listed && chosen?.id === value && <Select.Item value={chosen.id}>{itemLabel(chosen)}</Select.Item>}
          {offered.map((item) => (
            <Select.Item key={item.id} value={item.id}>
              {itemLabel(item)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      {isError && (
        <Text size="xsmall" className="text-ui-fg-error">
          Could not load inventory items
        </Text>
      )}
    </div>
  )
}
