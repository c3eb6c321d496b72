import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

export type FailedCheck = { check: string; weight: number; message: string; fix: string; related_product_ids?: string[] }
export type ScoreBucket = { from: number; to: number; count: number }
export type FixListRow = {
  product_id: string
  title: string | null
  handle: string | null
  status: string
  score: number
  units_sold: number
  failed_checks: FailedCheck[]
  computed_at: string
}
export type FixList = {
  products: FixListRow[]
  count: number
  offset: number
  limit: number
  distribution: ScoreBucket[]
  published_distribution: ScoreBucket[]
  summary: { products: number; average_score: number | null }
}
export type FixListParams = { min_score?: number; max_score?: number; status?: string; check?: string; limit: number; offset: number }
export type ProductQuality = {
  product_id: string
  score: number
  failed_checks: FailedCheck[]
  publish_gate: { enabled: boolean; min_score: number; passes: boolean }
}
export type LengthGuidance = { length: number; max: number; status: "empty" | "ok" | "too_long" }
export type ProductSeo = {
  product_id: string
  meta_title: string | null
  meta_description: string | null
  canonical_handle: string | null
  noindex: boolean
  guidance: { meta_title: LengthGuidance; meta_description: LengthGuidance; effective: { title: string | null; handle: string | null } }
}

/** React-query keys of catalog health; every parameter is part of its key. */
export const catalogQualityKeys = {
  all: ["catalog-quality"] as const,
  list: (params: FixListParams) => [...catalogQualityKeys.all, "list", params] as const,
  product: (id: string) => [...catalogQualityKeys.all, "product", id] as const,
  seo: (id: string) => [...catalogQualityKeys.all, "seo", id] as const,
}

/** The query string of the list and export routes (unset filters left out). */
export const fixListQuery = (params: Partial<FixListParams>) => {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v))
  return q.toString()
}

export const useFixList = (params: FixListParams) =>
  useQuery({
    queryKey: catalogQualityKeys.list(params),
    queryFn: () => sdk.client.fetch<FixList>(`/admin/catalog-quality?${fixListQuery(params)}`),
  })

export const useRecompute = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ recompute: { recomputed: number; removed: number } }>("/admin/catalog-quality/recompute", {
        method: "POST",
        body: {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogQualityKeys.all }),
  })
}

export const useProductQuality = (id: string) =>
  useQuery({
    queryKey: catalogQualityKeys.product(id),
    queryFn: () => sdk.client.fetch<{ product_quality: ProductQuality }>(`/admin/products/${id}/quality`),
  })

export const useProductSeo = (id: string) =>
  useQuery({
    queryKey: catalogQualityKeys.seo(id),
    queryFn: () => sdk.client.fetch<{ product_seo: ProductSeo }>(`/admin/products/${id}/seo`),
  })

export const useUpdateProductSeo = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<Pick<ProductSeo, "meta_title" | "meta_description" | "canonical_handle" | "noindex">>) =>
      sdk.client.fetch<{ product_seo: ProductSeo }>(`/admin/products/${id}/seo`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogQualityKeys.all }),
  })
}
