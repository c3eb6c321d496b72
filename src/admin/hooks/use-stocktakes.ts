import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { stocktakeKeys } from "../lib/stocktake-query-keys"
import { sdk } from "../lib/sdk"
import type { Paginated } from "../lib/types"
import type {
  CreateStocktakeInput,
  StockLocationOption,
  Stocktake,
  StocktakeCount,
  StocktakeLine,
  StocktakeLinesParams,
  StocktakeListParams,
  StocktakeVariance,
} from "../lib/stocktake-types"

type StocktakeResponse = { stocktake: Stocktake }

export const useStocktakes = (params: StocktakeListParams) =>
  useQuery({
    queryKey: stocktakeKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<Paginated<"stocktakes", Stocktake>>("/admin/stocktakes", {
        query: { limit: params.limit, offset: params.offset, ...(params.status ? { status: params.status } : {}) },
      }),
    placeholderData: (previous) => previous,
  })

export const useStocktake = (id: string) =>
  useQuery({
    queryKey: stocktakeKeys.detail(id),
    // The lines come from useStocktakeLines; one line is enough here.
    queryFn: () => sdk.client.fetch<StocktakeResponse>(`/admin/stocktakes/${id}`, { query: { lines_limit: 1 } }),
    enabled: Boolean(id),
  })

export const useStocktakeLines = (id: string, params: StocktakeLinesParams) =>
  useQuery({
    queryKey: stocktakeKeys.lines(id, params),
    queryFn: () =>
      sdk.client.fetch<Paginated<"stocktake_lines", StocktakeLine>>(`/admin/stocktakes/${id}/lines`, {
        query: {
          limit: params.limit,
          offset: params.offset,
          ...(params.q.trim() ? { q: params.q.trim() } : {}),
          ...(params.counted ? { counted: params.counted } : {}),
        },
      }),
    enabled: Boolean(id),
    placeholderData: (previous) => previous,
  })

export const useStocktakeVariance = (id: string) =>
  useQuery({
    queryKey: stocktakeKeys.variance(id),
    queryFn: () => sdk.client.fetch<{ variance: StocktakeVariance }>(`/admin/stocktakes/${id}/variance`),
    enabled: Boolean(id),
  })

/** Stock locations to count at. */
export const useStocktakeLocations = () =>
  useQuery({
    queryKey: stocktakeKeys.locations(),
    queryFn: async () => {
      const { stock_locations } = await sdk.admin.stockLocation.list({ fields: "id,name", limit: 200 })
      return stock_locations.map((l) => ({ id: l.id, name: l.name })) as StockLocationOption[]
    },
    staleTime: 60_000,
  })

const useInvalidate = (id?: string) => {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: stocktakeKeys.lists() }),
      id ? queryClient.invalidateQueries({ queryKey: stocktakeKeys.detail(id) }) : Promise.resolve(),
    ])
}

export const useCreateStocktake = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: CreateStocktakeInput) =>
      sdk.client.fetch<StocktakeResponse>("/admin/stocktakes", { method: "POST", body }),
    onSuccess: () => invalidate(),
  })
}

export const useRecordStocktakeCounts = (id: string) => {
  const invalidate = useInvalidate(id)
  return useMutation({
    mutationFn: (counts: StocktakeCount[]) =>
      sdk.client.fetch<StocktakeResponse & { updated: number }>(`/admin/stocktakes/${id}/counts`, {
        method: "POST",
        body: { counts },
      }),
    onSuccess: () => invalidate(),
  })
}

export const useUploadStocktakeCsv = (id: string) => {
  const invalidate = useInvalidate(id)
  return useMutation({
    mutationFn: (csv: string) =>
      sdk.client.fetch<StocktakeResponse & { updated: number }>(`/admin/stocktakes/${id}/counts/csv`, {
        method: "POST",
        body: { csv },
      }),
    onSuccess: () => invalidate(),
  })
}

export const useApproveStocktake = (id: string) => {
  const invalidate = useInvalidate(id)
  return useMutation({
    mutationFn: (body: { uncounted?: "require" | "ignore" }) =>
      sdk.client.fetch<StocktakeResponse & { adjusted: number }>(`/admin/stocktakes/${id}/approve`, {
        method: "POST",
        body,
      }),
    onSuccess: () => invalidate(),
  })
}

export const useCancelStocktake = (id: string) => {
  const invalidate = useInvalidate(id)
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<StocktakeResponse>(`/admin/stocktakes/${id}/cancel`, { method: "POST", body: {} }),
    onSuccess: () => invalidate(),
  })
}
