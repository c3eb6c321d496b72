import { Input, Select, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { usePromotionOptions } from "../../hooks/use-core-pickers"

type Props = { id: string; value: string; onChange: (id: string) => void; invalid?: boolean }

/** Search promotions by code, then pick one. */
export const PromotionPicker = ({ id, value, onChange, invalid }: Props) => {
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")
  useEffect(() => {
    const timer = setTimeout(() => setQ(search), 300)
    return () => clearTimeout(timer)
  }, [search])
  const { data, isLoading, isError } = usePromotionOptions(q)
  const promotions = data?.promotions ?? []
  // Keep the chosen promotion selectable when a later search no longer lists it.
  const [chosen, setChosen] = useState<{ id: string; code: string } | null>(null)
  const listed = promotions.some((p) => p.id === value)
  const select = (next: string) => {
    const promotion = promotions.find((p) => p.id === next)
    if (promotion) setChosen({ id: promotion.id, code: promotion.code ?? promotion.id })
    onChange(next)
  }

  return (
    <div className="flex flex-col gap-y-2">
      <Input
        size="small"
        type="search"
        placeholder="Search promotion codes"
        aria-label="Search promotion codes"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <Select value={value} onValueChange={select}>
        <Select.Trigger id={id} aria-invalid={invalid}>
          <Select.Value placeholder={isLoading ? "Loading promotions…" : "Choose a promotion"} />
        </Select.Trigger>
        <Select.Content>
          {!listed && chosen?.id === value && <Select.Item value={chosen.id}>{chosen.code}</Select.Item>}
          {promotions.map((p) => (
            <Select.Item key={p.id} value={p.id}>
              {p.code}
              {p.status && p.status !== "active" ? ` (${p.status})` : ""}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      {isError ? (
        <Text size="xsmall" className="text-ui-fg-error">
          Could not load promotions
        </Text>
      ) : !isLoading && promotions.length === 0 ? (
        <Text size="xsmall" className="text-ui-fg-subtle">
          No promotion matches. Create one under Promotions, or with “Spend X, save Y” below.
        </Text>
      ) : null}
    </div>
  )
}
