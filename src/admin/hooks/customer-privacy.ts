import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type CustomerPrivacy = {
  consent: { marketing_email: boolean; personalisation: boolean; source: string | null; updated_at: string | null }
  recently_viewed: { id: string; title: string; handle: string; thumbnail: string | null; viewed_at: string; views: number; visible?: boolean }[]
  requests: { id: string; type: "export" | "erasure"; requested_by_type: string; requested_by_id: string | null; status: string; created_at: string; completed_at: string | null }[]
}

export const customerPrivacyKey = (customerId: string) => ["customer-privacy", customerId] as const

export function useCustomerPrivacy(customerId: string) {
  return useQuery({
    queryKey: customerPrivacyKey(customerId),
    queryFn: () =>
      sdk.client.fetch<{ customer_privacy: CustomerPrivacy }>(`/admin/customers/${customerId}/privacy`, {
        query: { limit: 10 },
      }),
  })
}

/** Produces the export and hands it to the browser as a JSON file. */
export function useExportCustomerData(customerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ request_id: string; export: unknown }>(`/admin/customers/${customerId}/export`, {
        method: "POST",
        body: {},
      }),
    onSuccess: (data) => {
      const blob = new Blob([JSON.stringify(data.export, null, 2)], { type: "application/json" })
      const url = URL.createObjectURL(blob)
      const a = document.createElement("a")
      a.href = url
      a.download = `customer-data-${customerId}.json`
      a.click()
      URL.revokeObjectURL(url)
      queryClient.invalidateQueries({ queryKey: customerPrivacyKey(customerId) })
    },
  })
}

export function useEraseCustomer(customerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (confirm: string) =>
      sdk.client.fetch(`/admin/customers/${customerId}/erase`, { method: "POST", body: { confirm } }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: customerPrivacyKey(customerId) })
      queryClient.invalidateQueries({ queryKey: ["customers"] })
    },
  })
}
