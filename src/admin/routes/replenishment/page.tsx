import { defineRouteConfig } from "@medusajs/admin-sdk"
import { TruckFast } from "@medusajs/icons"
import {
  Container,
  type DataTablePaginationState,
  type DataTableRowSelectionState,
  Heading,
  Label,
  Switch,
  Text,
} from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { EmptyState, ErrorState, LoadingState } from "../../components/common/query-states"
import { LocationSelect } from "../../components/inventory/location-select"
import { type QuantityDrafts, ReplenishmentTable } from "../../components/inventory/replenishment-table"
import { useInventoryStockLocations } from "../../hooks/use-inventory-locations"
import { useReplenishment } from "../../hooks/use-inventory-replenishment"

const PAGE_SIZE = 50

/** Reorder suggestions per location, turned into purchase orders. */
const ReplenishmentPage = () => {
  const locations = useInventoryStockLocations()
  const [locationId, setLocationId] = useState<string | null>(null)
  const [needsReorder, setNeedsReorder] = useState(true)
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [selection, setSelection] = useState<DataTableRowSelectionState>({})
  const [drafts, setDrafts] = useState<QuantityDrafts>({})

  // Purchase orders are received at one location: start with the first one.
  useEffect(() => {
    if (!locationId && locations.data?.length) setLocationId(locations.data[0].id)
  }, [locationId, locations.data])

  const params = {
    location_id: locationId,
    needs_reorder: needsReorder,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  }
  const { data, isLoading, isPlaceholderData, isError, error, refetch } = useReplenishment(params, {
    enabled: Boolean(locationId),
  })

  const resetView = () => {
    setSelection({})
    setDrafts({})
    setPagination((p) => ({ ...p, pageIndex: 0 }))
  }
  const onDraftChange = useCallback(
    (inventoryItemId: string, value: string) => setDrafts((d) => ({ ...d, [inventoryItemId]: value })),
    []
  )

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-4 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div>
          <Heading level="h1">Replenishment</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            What to reorder, from sales over the last {data?.window_days ?? "…"} days, lead times and safety stock.
            Select items and create purchase orders, one per supplier.
          </Text>
        </div>
        <div className="flex items-center gap-x-4">
          <div className="flex items-center gap-x-2">
            <Switch
              id="replenishment-needs-reorder"
              checked={needsReorder}
              onCheckedChange={(checked) => {
                setNeedsReorder(checked)
                resetView()
              }}
            />
            <Label htmlFor="replenishment-needs-reorder" size="small">
              Only items to reorder
            </Label>
          </div>
          <LocationSelect
            id="replenishment-location"
            aria-label="Receiving location"
            className="w-56"
            locations={locations.data ?? []}
            value={locationId}
            onChange={(id) => {
              setLocationId(id)
              resetView()
            }}
          />
        </div>
      </div>
      {locations.isLoading ? (
        <LoadingState rows={4} label="Loading locations" />
      ) : locations.isError ? (
        <ErrorState error={locations.error} onRetry={() => locations.refetch()} title="Could not load locations" />
      ) : !locations.data?.length ? (
        <EmptyState title="No stock locations" description="Create a stock location to receive purchase orders." />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load the suggestions" />
      ) : (
        <ReplenishmentTable
          locationId={locationId}
          suggestions={data?.suggestions ?? []}
          count={data?.count ?? 0}
          isLoading={isLoading || isPlaceholderData || !locationId}
          pagination={pagination}
          onPaginationChange={(next) => {
            setSelection({})
            setPagination(next)
          }}
          selection={selection}
          onSelectionChange={setSelection}
          drafts={drafts}
          onDraftChange={onDraftChange}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Replenishment", icon: TruckFast })

export default ReplenishmentPage
