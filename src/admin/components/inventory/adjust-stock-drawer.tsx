import { Alert, Button, Drawer, Input, RadioGroup, Select, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { useAdjustStock } from "../../hooks/use-inventory-insights"
import { errorMessage } from "../../lib/format"
import type { LocationStock, StockAdjustmentReason } from "../../lib/inventory-types"
import { FormField } from "../common/form-field"
import { LocationSelect } from "./location-select"
import { formatQuantity } from "./quantities"

type Mode = "adjustment" | "stocked_quantity"

const REASONS: { value: StockAdjustmentReason; label: string }[] = [
  { value: "manual", label: "Manual correction" },
  { value: "import", label: "Import" },
  { value: "other", label: "Other" },
]

type Props = {
  inventoryItemId: string
  levels: LocationStock[]
  /** Called after a successful adjustment (the ledger and alerts follow asynchronously). */
  onAdjusted?: () => void
}

/** "Adjust stock": add/remove units or set the stocked quantity at a location, with a required note. */
export const AdjustStockDrawer = ({ inventoryItemId, levels, onAdjusted }: Props) => {
  const [open, setOpen] = useState(false)
  const [locationId, setLocationId] = useState<string | null>(null)
  const [mode, setMode] = useState<Mode>("adjustment")
  const [quantity, setQuantity] = useState("")
  const [reason, setReason] = useState<StockAdjustmentReason>("manual")
  const [note, setNote] = useState("")
  const [touched, setTouched] = useState(false)
  const adjust = useAdjustStock(inventoryItemId)

  const level = levels.find((l) => l.location_id === locationId)
  const value = Number(quantity)
  const isWhole = quantity.trim() !== "" && Number.isInteger(value)
  const quantityError = !isWhole
    ? "Enter a whole number"
    : mode === "adjustment" && value === 0
      ? "The change must not be zero"
      : mode === "stocked_quantity" && value < 0
        ? "The new quantity must be 0 or more"
        : null
  const locationError = level ? null : "Choose a location"
  const trimmedNote = note.trim()
  const noteError =
    trimmedNote.length < 3
      ? "A note of at least 3 characters is required"
      : trimmedNote.length > 500
        ? "At most 500 characters"
        : null
  const after = level && isWhole ? (mode === "adjustment" ? level.stocked + value : value) : null

  const reset = () => {
    setLocationId(levels[0]?.location_id ?? null)
    setMode("adjustment")
    setQuantity("")
    setReason("manual")
    setNote("")
    setTouched(false)
    adjust.reset()
  }

  const onOpenChange = (next: boolean) => {
    if (next) reset()
    setOpen(next)
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setTouched(true)
    if (quantityError || locationError || noteError || !level) return
    adjust.mutate(
      {
        location_id: level.location_id,
        ...(mode === "adjustment" ? { adjustment: value } : { stocked_quantity: value }),
        reason,
        note: trimmedNote,
      },
      {
        onSuccess: ({ inventory_level }) => {
          const stocked = inventory_level?.stocked_quantity ?? after
          toast.success("Stock adjusted", {
            description: `${level.location_name || level.location_id}: ${formatQuantity(level.stocked)} → ${formatQuantity(stocked)}`,
          })
          setOpen(false)
          onAdjusted?.()
        },
        onError: (error) => toast.error("Adjustment refused", { description: errorMessage(error) }),
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" disabled={!levels.length}>
          Adjust stock
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>Adjust stock</Drawer.Title>
            <Drawer.Description>
              Correct the stocked quantity at one location. Every adjustment is written to the stock ledger with your
              note.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {adjust.isError && (
              <Alert variant="error" dismissible={false}>
                {errorMessage(adjust.error)}
              </Alert>
            )}
            <FormField id="stock-adjust-location" label="Location" error={touched ? locationError : null}>
              <LocationSelect
                id="stock-adjust-location"
                locations={levels.map((l) => ({ id: l.location_id, name: l.location_name || l.location_id }))}
                value={locationId}
                onChange={setLocationId}
              />
            </FormField>
            {level && (
              <Text size="small" className="text-ui-fg-subtle">
                Stocked {formatQuantity(level.stocked)}, reserved {formatQuantity(level.reserved)}, available{" "}
                {formatQuantity(level.available)}
              </Text>
            )}
            <RadioGroup
              value={mode}
              onValueChange={(m) => setMode(m as Mode)}
              aria-label="How to adjust"
              className="flex flex-col gap-y-2"
            >
              <RadioGroup.ChoiceBox
                value="adjustment"
                label="Add or remove units"
                description="A positive number adds units, a negative one removes them"
              />
              <RadioGroup.ChoiceBox
                value="stocked_quantity"
                label="Set the stocked quantity"
                description="The count you found on the shelf"
              />
            </RadioGroup>
            <FormField
              id="stock-adjust-quantity"
              label={mode === "adjustment" ? "Change" : "New stocked quantity"}
              hint={
                after !== null
                  ? `Stocked after: ${formatQuantity(after)}`
                  : mode === "adjustment"
                    ? "e.g. 12 or -3"
                    : "e.g. 40"
              }
              error={touched ? quantityError : null}
            >
              <Input
                id="stock-adjust-quantity"
                type="number"
                step={1}
                inputMode="numeric"
                min={mode === "stocked_quantity" ? 0 : undefined}
                value={quantity}
                onChange={(e) => setQuantity(e.target.value)}
                aria-invalid={touched && Boolean(quantityError)}
              />
            </FormField>
            {after !== null && after < (level?.reserved ?? 0) && (
              <Text size="small" className="text-ui-fg-error">
                Fewer units than are reserved for orders ({formatQuantity(level?.reserved)}).
              </Text>
            )}
            <FormField id="stock-adjust-reason" label="Reason">
              <Select value={reason} onValueChange={(r) => setReason(r as StockAdjustmentReason)}>
                <Select.Trigger id="stock-adjust-reason">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {REASONS.map((r) => (
                    <Select.Item key={r.value} value={r.value}>
                      {r.label}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </FormField>
            <FormField
              id="stock-adjust-note"
              label="Note"
              hint="Why the stock changed; shown in the ledger (3 to 500 characters)"
              error={touched ? noteError : null}
            >
              <Textarea
                id="stock-adjust-note"
                value={note}
                maxLength={500}
                onChange={(e) => setNote(e.target.value)}
                aria-invalid={touched && Boolean(noteError)}
              />
            </FormField>
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
