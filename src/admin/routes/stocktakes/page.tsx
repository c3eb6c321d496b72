import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ListCheckbox } from "@medusajs/icons"
import { Container, type DataTablePaginationState, Heading, Select, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { ErrorState } from "../../components/common/query-states"
import { NewStocktakeModal } from "../../components/stocktake/new-stocktake-modal"
import { StocktakesTable } from "../../components/stocktake/stocktakes-table"
import { useStocktakeLocations, useStocktakes } from "../../hooks/use-stocktakes"
import type { StocktakeStatus } from "../../lib/stocktake-types"

const PAGE_SIZE = 20
const ALL = "__all"

/** Stocktakes: physical counts per location, newest first. */
const StocktakesPage = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [status, setStatus] = useState<StocktakeStatus | null>(null)
  const params = { status, limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize }
  const { data, isLoading, isPlaceholderData, isError, error, refetch } = useStocktakes(params)
  const locations = useStocktakeLocations()
  const locationNames = useMemo(
    () => Object.fromEntries((locations.data ?? []).map((l) => [l.id, l.name])),
    [locations.data]
  )

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-3 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div>
          <Heading level="h1">Stocktakes</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Count the stock at a location, review the variance, and approve it into the stock levels.
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <div className="w-40">
            <Select
              size="small"
              value={status ?? ALL}
              onValueChange={(value) => {
                setStatus(value === ALL ? null : (value as StocktakeStatus))
                setPagination((p) => ({ ...p, pageIndex: 0 }))
              }}
            >
              <Select.Trigger aria-label="Status">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>All statuses</Select.Item>
                <Select.Item value="counting">Counting</Select.Item>
                <Select.Item value="approved">Approved</Select.Item>
                <Select.Item value="canceled">Canceled</Select.Item>
              </Select.Content>
            </Select>
          </div>
          <NewStocktakeModal />
        </div>
      </div>
      {isError ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load stocktakes" />
      ) : (
        <StocktakesTable
          stocktakes={data?.stocktakes ?? []}
          count={data?.count ?? 0}
          isLoading={isLoading || isPlaceholderData}
          locationNames={locationNames}
          pagination={pagination}
          onPaginationChange={setPagination}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Stocktakes", icon: ListCheckbox })

export default StocktakesPage
