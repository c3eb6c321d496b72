import { useQuery } from "@tanstack/react-query"
import { inventoryKeys } from "../lib/inventory-query-keys"
import type { StockLedgerEntry, StockLedgerParams } from "../lib/inventory-types"
import { sdk } from "../lib/sdk"
import type { Paginated } from "../lib/types"

/** The stock ledger, newest first, filtered on the server. */
export const useStockLedger = (params: StockLedgerParams, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: inventoryKeys.ledgerList(params),
    queryFn: () =>
      sdk.client.fetch<Paginated<"stock_ledger_entries", StockLedgerEntry>>("/admin/stock-ledger", {
        query: {
          limit: params.limit,
          offset: params.offset,
          ...(params.inventory_item_id ? { inventory_item_id: params.inventory_item_id } : {}),
          ...(params.location_id ? { location_id: params.location_id } : {}),
          ...(params.reason.length ? { reason: params.reason.join(",") } : {}),
          ...(params.reference_id ? { reference_id: params.reference_id } : {}),
          ...(params.created_after ? { created_after: params.created_after } : {}),
          ...(params.created_before ? { created_before: params.created_before } : {}),
        },
      }),
    enabled: options.enabled ?? true,
    placeholderData: (previous) => previous,
  })
