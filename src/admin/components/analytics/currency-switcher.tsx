import { Button, Text } from "@medusajs/ui"

type Props = {
  currencies: (string | null)[]
  value: string | null
  onChange: (currencyCode: string | null) => void
}

/** One button per currency group: figures in different currencies are never added together. */
export const CurrencySwitcher = ({ currencies, value, onChange }: Props) => (
  <div className="flex items-center gap-x-2" role="group" aria-label="Currency">
    <Text size="xsmall" className="text-ui-fg-subtle">
      Currency
    </Text>
    {currencies.map((code) => (
      <Button
        key={code ?? "none"}
        size="small"
        variant={code === value ? "primary" : "secondary"}
        aria-pressed={code === value}
        onClick={() => onChange(code)}
      >
        {code ? code.toUpperCase() : "No currency"}
      </Button>
    ))}
  </div>
)
