import { Plus } from "@medusajs/icons"
import { Alert, Button, FocusModal, Heading, Input, Select, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { useNavigate } from "react-router-dom"
import { useCreateStocktake, useStocktakeLocations } from "../../hooks/use-stocktakes"
import { errorMessage, formatPoints } from "../../lib/format"
import { FormField } from "../common/form-field"

/** Starts a stocktake at a stock location (every item stocked there), then opens it. */
export const NewStocktakeModal = () => {
  const [open, setOpen] = useState(false)
  const [locationId, setLocationId] = useState("")
  const [name, setName] = useState("")
  const [notes, setNotes] = useState("")
  const [error, setError] = useState<string | null>(null)
  const locations = useStocktakeLocations()
  const create = useCreateStocktake()
  const navigate = useNavigate()

  const onOpenChange = (next: boolean) => {
    if (!next) {
      setLocationId("")
      setName("")
      setNotes("")
      setError(null)
      create.reset()
    }
    setOpen(next)
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!locationId) return setError("Choose the location to count")
    if (name.trim().length > 200) return setError("The name is at most 200 characters")
    setError(null)
    create.mutate(
      {
        location_id: locationId,
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(notes.trim() ? { notes: notes.trim().slice(0, 2000) } : {}),
      },
      {
        onSuccess: ({ stocktake }) => {
          toast.success("Stocktake started", {
            description: `${formatPoints(stocktake.line_count)} items to count`,
          })
          onOpenChange(false)
          navigate(`/stocktakes/${stocktake.id}`)
        },
        onError: (e) => toast.error("Could not start the stocktake", { description: errorMessage(e) }),
      }
    )
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          <Plus />
          New stocktake
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden" noValidate>
          <FocusModal.Header>
            <div className="flex items-center justify-end gap-x-2">
              <Button size="small" type="submit" isLoading={create.isPending}>
                Start counting
              </Button>
            </div>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-12">
            <div className="flex w-full max-w-[560px] flex-col gap-y-6">
              <div>
                <FocusModal.Title asChild>
                  <Heading level="h2">New stocktake</Heading>
                </FocusModal.Title>
                <Text size="small" className="text-ui-fg-subtle">
                  Takes a snapshot of the stocked quantity of every item at the location. Enter what you count; on
                  approval the difference is applied to the stock, and sales made meanwhile are kept.
                </Text>
              </div>
              {(error || create.isError) && (
                <Alert variant="error" dismissible={false}>
                  {error ?? errorMessage(create.error)}
                </Alert>
              )}
              <FormField id="stocktake-location" label="Stock location">
                <Select value={locationId} onValueChange={setLocationId}>
                  <Select.Trigger id="stocktake-location" aria-invalid={error !== null && !locationId}>
                    <Select.Value placeholder={locations.isLoading ? "Loading locations…" : "Choose a location"} />
                  </Select.Trigger>
                  <Select.Content>
                    {(locations.data ?? []).map((location) => (
                      <Select.Item key={location.id} value={location.id}>
                        {location.name}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </FormField>
              <FormField id="stocktake-name" label="Name" optional hint="e.g. “Year-end count, aisle 1–4”">
                <Input id="stocktake-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
              </FormField>
              <FormField id="stocktake-notes" label="Notes" optional>
                <Textarea
                  id="stocktake-notes"
                  value={notes}
                  maxLength={2000}
                  onChange={(e) => setNotes(e.target.value)}
                />
              </FormField>
            </div>
          </FocusModal.Body>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
