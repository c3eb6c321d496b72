import { Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { useDeleteInventoryThreshold, useUpsertInventoryThreshold } from "../../hooks/use-inventory-thresholds"
import { errorMessage } from "../../lib/format"
import type { InventoryInsights, InventoryThreshold } from "../../lib/inventory-types"
import { ALL_LOCATIONS } from "./item-link"
import { formatQuantity } from "./quantities"

type Stock = { stocked: number; reserved: number; available: number; incoming: number }

type RowProps = {
  inventoryItemId: string
  /** null: the item summed over all locations. */
  locationId: string | null
  label: string
  stock: Stock
  threshold: InventoryThreshold | undefined
  /** What applies when this scope has no threshold of its own: the store default for the item; none at a location. */
  fallback: number | null
  onSaved: () => void
}

const wholeNumber = (text: string) => {
  const n = Number(text.trim())
  return text.trim() !== "" && Number.isInteger(n) && n >= 0 ? n : null
}

const ThresholdRow = ({ inventoryItemId, locationId, label, stock, threshold, fallback, onSaved }: RowProps) => {
  const [value, setValue] = useState(threshold ? String(threshold.threshold) : "")
  const [safety, setSafety] = useState(threshold?.safety_stock != null ? String(threshold.safety_stock) : "")
  const [error, setError] = useState<string | null>(null)
  const upsert = useUpsertInventoryThreshold()
  const remove = useDeleteInventoryThreshold()
  const prompt = usePrompt()
  const slug = locationId ?? "all"
  const applied = threshold?.threshold ?? fallback
  const isLow = applied !== null && stock.available <= applied

  const dirty =
    value !== (threshold ? String(threshold.threshold) : "") ||
    safety !== (threshold?.safety_stock != null ? String(threshold.safety_stock) : "")

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = wholeNumber(value)
    const parsedSafety = safety.trim() === "" ? null : wholeNumber(safety)
    if (parsed === null) return setError("Threshold: a whole number, 0 or more")
    if (safety.trim() !== "" && parsedSafety === null) return setError("Safety stock: a whole number, or empty")
    setError(null)
    upsert.mutate(
      { inventory_item_id: inventoryItemId, location_id: locationId, threshold: parsed, safety_stock: parsedSafety },
      {
        onSuccess: () => {
          toast.success("Threshold saved", { description: `${label}: alert at ${formatQuantity(parsed)} or below` })
          onSaved()
        },
        onError: (e) => {
          setError(errorMessage(e))
          toast.error("Could not save the threshold", { description: errorMessage(e) })
        },
      }
    )
  }

  const onDelete = async () => {
    if (!threshold) return
    const confirmed = await prompt({
      title: `Remove the threshold for ${label}?`,
      description: locationId
        ? `${label} is no longer watched on its own; the all-locations threshold still applies.`
        : `The item falls back to the store default${fallback !== null ? ` (${formatQuantity(fallback)})` : ""}.`,
      confirmText: "Remove",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return
    remove.mutate(threshold, {
      onSuccess: () => {
        toast.success("Threshold removed", { description: label })
        setValue("")
        setSafety("")
        onSaved()
      },
      onError: (e) => toast.error("Could not remove the threshold", { description: errorMessage(e) }),
    })
  }

  return (
    <Table.Row className={locationId === null ? "bg-ui-bg-subtle" : undefined}>
      <Table.Cell className="whitespace-nowrap">
        <Text size="small" weight={locationId === null ? "plus" : "regular"}>
          {label}
        </Text>
      </Table.Cell>
      <Table.Cell className="text-right">{formatQuantity(stock.stocked)}</Table.Cell>
      <Table.Cell className="text-right">{formatQuantity(stock.reserved)}</Table.Cell>
      <Table.Cell className={`text-right ${isLow ? "text-ui-fg-error" : ""}`}>
        {formatQuantity(stock.available)}
      </Table.Cell>
      <Table.Cell className="text-right">{formatQuantity(stock.incoming)}</Table.Cell>
      <Table.Cell>
        <form id={`threshold-form-${slug}`} onSubmit={onSubmit} noValidate className="flex flex-col gap-y-1 py-1">
          <div className="flex items-center justify-end gap-x-2">
            <Input
              id={`threshold-${slug}`}
              size="small"
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              className="w-24"
              placeholder={fallback !== null ? `Default ${formatQuantity(fallback)}` : "None"}
              aria-label={`Threshold for ${label}`}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              aria-invalid={Boolean(error)}
            />
            <Input
              id={`safety-stock-${slug}`}
              size="small"
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              className="w-24"
              placeholder="Auto"
              aria-label={`Safety stock for ${label}`}
              value={safety}
              onChange={(e) => setSafety(e.target.value)}
            />
            <Button
              size="small"
              variant="secondary"
              type="submit"
              disabled={!dirty}
              isLoading={upsert.isPending}
              aria-label={`Save threshold for ${label}`}
            >
              Save
            </Button>
            <IconButton
              size="small"
              variant="transparent"
              type="button"
              disabled={!threshold}
              onClick={onDelete}
              isLoading={remove.isPending}
              aria-label={`Remove threshold for ${label}`}
            >
              <Trash />
            </IconButton>
          </div>
          {error && (
            <Text size="xsmall" className="text-ui-fg-error text-right" role="alert">
              {error}
            </Text>
          )}
        </form>
      </Table.Cell>
    </Table.Row>
  )
}

/**
 * Stock per location and the thresholds that apply: the item summed over all locations first
 * (its own threshold, else the store default), then each location, which is watched on its own
 * only when it has a threshold.
 */
export const LevelsThresholdsTable = ({ insights, onSaved }: { insights: InventoryInsights; onSaved: () => void }) => {
  const byLocation = new Map(insights.thresholds.map((t) => [t.location_id ?? "*", t]))
  const itemThreshold = byLocation.get("*")
  // Without a threshold of its own the item is measured against the store default.
  const storeDefault = itemThreshold ? null : insights.effective_threshold
  const rowKey = (t: InventoryThreshold | undefined) => (t ? `${t.id}:${t.updated_at}` : "none")

  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Location</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Stocked</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Reserved</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Available</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Incoming</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Threshold · safety stock</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          <ThresholdRow
            key={`all:${rowKey(itemThreshold)}`}
            inventoryItemId={insights.inventory_item_id}
            locationId={null}
            label={ALL_LOCATIONS}
            stock={insights}
            threshold={itemThreshold}
            fallback={storeDefault}
            onSaved={onSaved}
          />
          {insights.per_location.map((level) => {
            const threshold = byLocation.get(level.location_id)
            return (
              <ThresholdRow
                key={`${level.location_id}:${rowKey(threshold)}`}
                inventoryItemId={insights.inventory_item_id}
                locationId={level.location_id}
                label={level.location_name || level.location_id}
                stock={level}
                threshold={threshold}
                fallback={null}
                onSaved={onSaved}
              />
            )
          })}
        </Table.Body>
      </Table>
    </div>
  )
}
