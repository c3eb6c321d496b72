import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { purchasingKeys } from "../lib/purchasing-query-keys"
import type { CreatePurchaseOrderInput, PurchaseOrder, ReceivePurchaseOrderInput } from "../lib/purchasing-types"
import { sdk } from "../lib/sdk"
import type { Paginated } from "../lib/types"

type ListParams = { status: string | null; supplier_id: string | null; limit: number; offset: number }

export const usePurchaseOrders = (params: ListParams) =>
  useQuery({
    queryKey: purchasingKeys.orders(params),
    queryFn: () =>
      sdk.client.fetch<Paginated<"purchase_orders", PurchaseOrder>>("/admin/purchase-orders", {
        query: {
          limit: params.limit,
          offset: params.offset,
          ...(params.status ? { status: params.status } : {}),
          ...(params.supplier_id ? { supplier_id: params.supplier_id } : {}),
        },
      }),
    placeholderData: (previous) => previous,
  })

export const usePurchaseOrder = (id: string) =>
  useQuery({
    queryKey: purchasingKeys.order(id),
    queryFn: () => sdk.client.fetch<{ purchase_order: PurchaseOrder }>(`/admin/purchase-orders/${id}`),
    enabled: Boolean(id),
  })

const useOrderMutation = <T, R extends { purchase_order: PurchaseOrder }>(request: (body: T) => Promise<R>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: purchasingKeys.all })
      // Incoming and stocked quantities changed: the core inventory pages refetch.
      queryClient.invalidateQueries({ queryKey: ["inventory_items"] })
    },
  })
}

export const useCreatePurchaseOrder = () =>
  useOrderMutation((body: CreatePurchaseOrderInput) =>
    sdk.client.fetch<{ purchase_order: PurchaseOrder }>("/admin/purchase-orders", { method: "POST", body })
  )

export const usePurchaseOrderAction = (id: string, action: "order" | "cancel") =>
  useOrderMutation(() =>
    sdk.client.fetch<{ purchase_order: PurchaseOrder }>(`/admin/purchase-orders/${id}/${action}`, {
      method: "POST",
      body: {},
    })
  )

export const useReceivePurchaseOrder = (id: string) =>
  useOrderMutation((body: ReceivePurchaseOrderInput) =>
    sdk.client.fetch<{ purchase_order: PurchaseOrder; receipt: { id: string; duplicate: boolean } }>(
      `/admin/purchase-orders/${id}/receive`,
      { method: "POST", body }
    )
  )

export const useDeletePurchaseOrder = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ id: string; deleted: true }>(`/admin/purchase-orders/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: purchasingKeys.all }),
  })
}
