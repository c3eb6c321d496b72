import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { SearchIndexStatus } from "../components/search/types"
import { sdk } from "../lib/sdk"

/** React-query keys of the search admin; every parameter is part of its key. */
export const searchKeys = {
  all: ["search"] as const,
  status: (index: string) => [...searchKeys.all, "status", index] as const,
  settings: () => [...searchKeys.all, "settings"] as const,
  insights: (params: { days: number; limit: number }) => [...searchKeys.all, "insights", params] as const,
  document: (productId: string) => [...searchKeys.all, "document", productId] as const,
}

/** Whether a seed or rebuild is running on the index. */
export const isRebuilding = (status: SearchIndexStatus | undefined) =>
  !!status && (!!status.progress || status.status === "building")

/**
 * Status of an index: polled every 1.5 s while a rebuild runs (or `poll` is
 * set, e.g. right after starting one), every 30 s otherwise.
 */
export const useSearchIndexStatus = (index: string, options: { poll?: boolean } = {}) =>
  useQuery({
    queryKey: searchKeys.status(index),
    queryFn: () =>
      sdk.client.fetch<{ search_index: SearchIndexStatus }>(
        `/admin/search-indexes/${encodeURIComponent(index)}/status`
      ),
    refetchInterval: (query) => (options.poll || isRebuilding(query.state.data?.search_index) ? 1500 : 30_000),
  })

/** Rebuilds the index in the background (Medusa's route): a new version is filled, then swapped in. */
export const useReindexSearchIndex = (index: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ job_id: string; indexes: string[] }>(
        `/admin/search-indexes/${encodeURIComponent(index)}/reindex`,
        { method: "POST", body: {} }
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: searchKeys.status(index) }),
  })
}
