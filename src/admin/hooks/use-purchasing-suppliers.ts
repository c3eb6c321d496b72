import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { purchasingKeys } from "../lib/purchasing-query-keys"
import type { Supplier, SupplierInput, SupplierItem, SupplierItemInput } from "../lib/purchasing-types"
import { sdk } from "../lib/sdk"
import type { Paginated } from "../lib/types"

export const useSuppliers = (params: { q: string; limit: number; offset: number }) =>
  useQuery({
    queryKey: purchasingKeys.suppliers(params),
    queryFn: () =>
      sdk.client.fetch<Paginated<"suppliers", Supplier>>("/admin/suppliers", {
        query: { limit: params.limit, offset: params.offset, ...(params.q.trim() ? { q: params.q.trim() } : {}) },
      }),
    placeholderData: (previous) => previous,
  })

export const useSupplierItems = (id: string | null, page = { limit: 500, offset: 0 }) =>
  useQuery({
    queryKey: purchasingKeys.supplierItems(id ?? "", page),
    queryFn: () =>
      sdk.client.fetch<Paginated<"supplier_items", SupplierItem>>(`/admin/suppliers/${id}/items`, { query: page }),
    enabled: Boolean(id),
  })

export const useSaveSupplier = (id?: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<SupplierInput>) =>
      sdk.client.fetch<{ supplier: Supplier }>(id ? `/admin/suppliers/${id}` : "/admin/suppliers", {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: purchasingKeys.all }),
  })
}

export const useDeleteSupplier = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ id: string; deleted: true }>(`/admin/suppliers/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: purchasingKeys.all }),
  })
}

export const useUpsertSupplierItems = (supplierId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (items: SupplierItemInput[]) =>
      sdk.client.fetch<{ supplier_items: SupplierItem[] }>(`/admin/suppliers/${supplierId}/items`, {
        method: "POST",
        body: { items },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: purchasingKeys.all }),
  })
}

export const useDeleteSupplierItem = (supplierId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (itemId: string) =>
      sdk.client.fetch<{ id: string; deleted: true }>(`/admin/suppliers/${supplierId}/items/${itemId}`, {
        method: "DELETE",
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: purchasingKeys.all }),
  })
}
