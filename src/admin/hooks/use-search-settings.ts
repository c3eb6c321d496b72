import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { RankingRule, SearchSettings } from "../components/search/types"
import { sdk } from "../lib/sdk"
import { searchKeys } from "./use-search-status"

export const useSearchSettings = () =>
  useQuery({
    queryKey: searchKeys.settings(),
    queryFn: () => sdk.client.fetch<{ search_settings: SearchSettings }>("/admin/search-settings"),
  })

export type SearchSettingsUpdate = { synonyms?: string[][]; stop_words?: string[]; ranking_rules?: RankingRule[] }
export type SearchSettingsSaved = {
  search_settings: SearchSettings
  reindex: { job_id: string; indexes: string[] } | { error: string } | null
}

/** Saves settings; new synonyms start a rebuild of the product index, whose progress the status shows. */
export const useUpdateSearchSettings = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SearchSettingsUpdate) =>
      sdk.client.fetch<SearchSettingsSaved>("/admin/search-settings", { method: "POST", body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(searchKeys.settings(), { search_settings: saved.search_settings })
      if (saved.reindex) return queryClient.invalidateQueries({ queryKey: searchKeys.status("product") })
    },
  })
}
