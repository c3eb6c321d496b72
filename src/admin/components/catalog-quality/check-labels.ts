/** Names of the checks (ids as the API returns them). */
export const CHECK_LABELS: Record<string, string> = {
  title_length: "Title length",
  description_length: "Description length",
  images: "Images",
  variant_skus: "Variant SKUs",
  variant_prices: "Prices in every currency",
  shipping_data: "Weight and dimensions",
  categories: "Category",
  seo_fields: "SEO fields",
  no_placeholder_text: "Placeholder text",
  duplicate_sku: "Duplicate SKU",
  duplicate_barcode: "Duplicate barcode",
  duplicate_handle: "Duplicate handle",
  near_duplicate_title: "Near-duplicate title",
  duplicate_option_values: "Identical variant options",
  zero_price: "Zero price",
  no_stock: "No stock, no back-order",
}
