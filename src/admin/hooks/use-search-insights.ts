import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { SearchInsights } from "../components/search/types"
import { sdk } from "../lib/sdk"
import { searchKeys } from "./use-search-status"

/** Store search analytics over the last `days` days. */
export const useSearchInsights = (params: { days: number; limit: number }) =>
  useQuery({
    queryKey: searchKeys.insights(params),
    queryFn: () =>
      sdk.client.fetch<{ search_insights: SearchInsights }>("/admin/search-insights", {
        query: { days: params.days, limit: params.limit },
      }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  })
