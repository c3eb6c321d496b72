import { useQuery } from "@tanstack/react-query"
import type { ProductSearchDocument } from "../components/search/types"
import { sdk } from "../lib/sdk"
import { searchKeys } from "./use-search-status"

/** A product's document in the product index; `poll` while an update is on its way. */
export const useProductSearchDocument = (productId: string, options: { poll?: boolean } = {}) =>
  useQuery({
    queryKey: searchKeys.document(productId),
    queryFn: () =>
      sdk.client.fetch<{ search_document: ProductSearchDocument }>(
        `/admin/search-indexes/product/documents/${encodeURIComponent(productId)}`
      ),
    refetchInterval: options.poll ? 2000 : false,
  })
