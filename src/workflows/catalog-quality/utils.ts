import type { CatalogQualitySettings } from "../../modules/catalog-quality/types"

/** The storefront's absolute base URL: the setting, else STORE_URL, else the development storefront. */
export const storeBaseUrl = (settings: Pick<CatalogQualitySettings, "store_url">) =>
  settings.store_url || process.env.STORE_URL || "http://localhost:8000"
