import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCollectionsWorkflow,
  createCustomersWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createProductTagsWorkflow,
  createProductTypesWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { buildDemoCatalog, DEMO_CATEGORIES, DEMO_COLLECTIONS } from "./catalog"
import { seedDemoOrders } from "./orders"
import { runBackfill } from "../../workflows/analytics/backfill"

export type SeedOptions = {
  /** Number of products (default 48). */
  products?: number
  /** Number of historical orders (default 200). */
  orders?: number
  /** Spread of historical orders, in days back from now (default 90). */
  days?: number
  /** Called with progress lines; defaults to the container's logger. */
  log?: (message: string) => void
}

export const DEMO_SALES_CHANNEL = "Webshop"
export const DEMO_API_KEY_TITLE = "Demo storefront"

export const DEMO_REGIONS = [
  {
    key: "eu",
    name: "Europe",
    currency_code: "eur",
    countries: ["de", "fr", "nl", "es", "it", "dk", "se"],
    tax_rate: 19,
  },
  { key: "us", name: "North America", currency_code: "usd", countries: ["us", "ca"], tax_rate: 0 },
] as const

export const DEMO_LOCATIONS = [
  { key: "eu", name: "Berlin Warehouse", city: "Berlin", country_code: "DE", region: "eu" },
  { key: "us", name: "New Jersey Warehouse", city: "Newark", country_code: "US", region: "us" },
] as const

export const DEMO_CUSTOMERS = [
  { first_name: "Anna", last_name: "Schmidt", email: "anna.schmidt@example.com", country_code: "de", city: "Berlin" },
  { first_name: "Lucas", last_name: "Martin", email: "lucas.martin@example.com", country_code: "fr", city: "Lyon" },
  { first_name: "Sofia", last_name: "Rossi", email: "sofia.rossi@example.com", country_code: "it", city: "Milan" },
  { first_name: "Emma", last_name: "de Vries", email: "emma.devries@example.com", country_code: "nl", city: "Utrecht" },
  { first_name: "James", last_name: "Miller", email: "james.miller@example.com", country_code: "us", city: "Austin" },
  { first_name: "Olivia", last_name: "Brown", email: "olivia.brown@example.com", country_code: "us", city: "Denver" },
  {
    first_name: "Noah",
    last_name: "Tremblay",
    email: "noah.tremblay@example.com",
    country_code: "ca",
    city: "Montreal",
  },
  { first_name: "Mia", last_name: "Jensen", email: "mia.jensen@example.com", country_code: "dk", city: "Aarhus" },
] as const

/**
 * Seeds the demo store through Medusa's own workflows, so every row is shaped
 * exactly as Medusa writes it. Each phase looks up what exists first, so a
 * seed interrupted half-way can simply be run again; a completed seed marks
 * the store (`metadata.demo_seeded_at`) and later runs do nothing.
 */
export async function seedDemoStore(container: MedusaContainer, options: SeedOptions = {}) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const log = options.log ?? ((message: string) => logger.info(message))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const storeService = container.resolve(Modules.STORE)
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  const regionService = container.resolve(Modules.REGION)
  const stockLocationService = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const productService = container.resolve(Modules.PRODUCT)
  const inventoryService = container.resolve(Modules.INVENTORY)
  const customerService = container.resolve(Modules.CUSTOMER)
  const apiKeyService = container.resolve(Modules.API_KEY)

  const [store] = await storeService.listStores()
  if (store.metadata?.demo_seeded_at) {
    log("Demo store already seeded: nothing to do.")
    return { skipped: true as const }
  }

  // Sales channel ------------------------------------------------------------
  let [channel] = await salesChannelService.listSalesChannels({ name: DEMO_SALES_CHANNEL })
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: DEMO_SALES_CHANNEL, description: "Demo headless storefront" }] },
    })
    channel = result[0]
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Medusa Commerce Suite Demo",
        supported_currencies: [{ currency_code: "eur", is_default: true }, { currency_code: "usd" }],
        default_sales_channel_id: channel.id,
      },
    },
  })

  // Regions and taxes ---------------------------------------------------------
  log("Seeding regions, taxes and stock locations...")
  const regions: Record<string, { id: string; currency_code: string }> = {}
  for (const def of DEMO_REGIONS) {
    let [region] = await regionService.listRegions({ name: def.name })
    if (!region) {
      const { result } = await createRegionsWorkflow(container).run({
        input: {
          regions: [
            {
              name: def.name,
              currency_code: def.currency_code,
              countries: [...def.countries],
              payment_providers: ["pp_system_default"],
              automatic_taxes: true,
            },
          ],
        },
      })
      region = result[0]
      await createTaxRegionsWorkflow(container).run({
        input: def.countries.map((country_code) => ({
          country_code,
          provider_id: "tp_system",
          default_tax_rate: { name: `${country_code.toUpperCase()} standard`, code: "standard", rate: def.tax_rate },
        })),
      })
    }
    regions[def.key] = region
  }
  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { default_region_id: regions.eu.id } },
  })

  // Stock locations, fulfillment sets and shipping options -------------------
  const shippingProfiles = await fulfillmentService.listShippingProfiles({ type: "default" })
  let shippingProfile = shippingProfiles[0]
  if (!shippingProfile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    shippingProfile = result[0]
  }

  const locations: Record<string, { id: string }> = {}
  for (const def of DEMO_LOCATIONS) {
    let [location] = await stockLocationService.listStockLocations({ name: def.name })
    if (!location) {
      const { result } = await createStockLocationsWorkflow(container).run({
        input: {
          locations: [
            {
              name: def.name,
              address: { city: def.city, country_code: def.country_code, address_1: "1 Warehouse Road" },
            },
          ],
        },
      })
      location = result[0]
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      })
      const region = DEMO_REGIONS.find((r) => r.key === def.region)!
      const fulfillmentSet = await fulfillmentService.createFulfillmentSets({
        name: `${def.name} delivery`,
        type: "shipping",
        service_zones: [
          {
            name: region.name,
            geo_zones: region.countries.map((country_code) => ({ country_code, type: "country" as const })),
          },
        ],
      })
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
      })
      const price = (standard: number) => [
        { currency_code: "eur", amount: standard },
        { currency_code: "usd", amount: standard + 1 },
        { region_id: regions[region.key].id, amount: standard },
      ]
      const rules = [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ]
      await createShippingOptionsWorkflow(container).run({
        input: [
          {
            name: `Standard (${region.name})`,
            price_type: "flat",
            provider_id: "manual_manual",
            service_zone_id: fulfillmentSet.service_zones[0].id,
            shipping_profile_id: shippingProfile.id,
            type: { label: "Standard", description: "Delivered in 2-4 days.", code: "standard" },
            prices: price(5),
            rules,
          },
          {
            name: `Express (${region.name})`,
            price_type: "flat",
            provider_id: "manual_manual",
            service_zone_id: fulfillmentSet.service_zones[0].id,
            shipping_profile_id: shippingProfile.id,
            type: { label: "Express", description: "Next working day.", code: "express" },
            prices: price(15),
            rules,
          },
        ],
      })
      await linkSalesChannelsToStockLocationWorkflow(container).run({
        input: { id: location.id, add: [channel.id] },
      })
    }
    locations[def.key] = location
  }
  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { default_location_id: locations.eu.id } },
  })

  // Publishable API key --------------------------------------------------------
  let [apiKey] = await apiKeyService.listApiKeys({ title: DEMO_API_KEY_TITLE, type: "publishable" })
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: DEMO_API_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    apiKey = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [channel.id] } })
  }

  // Catalog ---------------------------------------------------------------------
  log("Seeding categories, collections and products...")
  const catalog = buildDemoCatalog(options.products ?? 48)

  const existingCategories = await productService.listProductCategories({}, { take: null })
  const categoryIds = new Map(existingCategories.map((c) => [c.handle, c.id]))
  for (const parentPass of [false, true]) {
    const missing = DEMO_CATEGORIES.filter((c) => Boolean(c.parent) === parentPass && !categoryIds.has(c.handle))
    if (!missing.length) continue
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({
          name: c.name,
          handle: c.handle,
          is_active: true,
          parent_category_id: c.parent ? categoryIds.get(c.parent) : null,
        })),
      },
    })
    result.forEach((c) => categoryIds.set(c.handle, c.id))
  }

  const existingCollections = await productService.listProductCollections({}, { take: null })
  const collectionIds = new Map(existingCollections.map((c) => [c.handle, c.id]))
  const missingCollections = DEMO_COLLECTIONS.filter((c) => !collectionIds.has(c.handle))
  if (missingCollections.length) {
    const { result } = await createCollectionsWorkflow(container).run({
      input: { collections: missingCollections.map((c) => ({ title: c.title, handle: c.handle })) },
    })
    result.forEach((c) => collectionIds.set(c.handle!, c.id))
  }

  const typeNames = [...new Set(catalog.map((p) => p.type))]
  const existingTypes = await productService.listProductTypes({}, { take: null })
  const typeIds = new Map(existingTypes.map((t) => [t.value, t.id]))
  const missingTypes = typeNames.filter((t) => !typeIds.has(t))
  if (missingTypes.length) {
    const { result } = await createProductTypesWorkflow(container).run({
      input: { product_types: missingTypes.map((value) => ({ value })) },
    })
    result.forEach((t) => typeIds.set(t.value, t.id))
  }

  const tagValues = [...new Set(catalog.flatMap((p) => p.tags))]
  const existingTags = tagValues.length ? await productService.listProductTags({ value: tagValues }) : []
  const tagIds = new Map(existingTags.map((t) => [t.value, t.id]))
  const missingTags = tagValues.filter((t) => !tagIds.has(t))
  if (missingTags.length) {
    const { result } = await createProductTagsWorkflow(container).run({
      input: { product_tags: missingTags.map((value) => ({ value })) },
    })
    result.forEach((t) => tagIds.set(t.value, t.id))
  }

  const existingProducts = await productService.listProducts(
    { handle: catalog.map((p) => p.handle) },
    { select: ["handle"] }
  )
  const existingHandles = new Set(existingProducts.map((p) => p.handle))
  const toCreate = catalog.filter((p) => !existingHandles.has(p.handle))
  for (let i = 0; i < toCreate.length; i += 12) {
    await createProductsWorkflow(container).run({
      input: {
        products: toCreate.slice(i, i + 12).map((p) => ({
          title: p.title,
          subtitle: p.subtitle,
          handle: p.handle,
          description: p.description,
          status: ProductStatus.PUBLISHED,
          weight: p.weight,
          shipping_profile_id: shippingProfile.id,
          category_ids: [categoryIds.get(p.category)!],
          collection_id: collectionIds.get(p.collection),
          type_id: typeIds.get(p.type),
          tag_ids: p.tags.map((t) => tagIds.get(t)!),
          images: p.images.map((url) => ({ url })),
          thumbnail: p.images[0],
          options: p.options,
          variants: p.variants.map((v) => ({
            title: v.title,
            sku: v.sku,
            options: v.options,
            prices: v.prices,
            manage_inventory: true,
          })),
          sales_channels: [{ id: channel.id }],
        })),
      },
    })
  }

  // Stock at both locations (only for levels that do not exist yet).
  const skus = catalog.flatMap((p) => p.variants.map((v) => v.sku))
  const items = await inventoryService.listInventoryItems({ sku: skus }, { take: null })
  const itemBySku = new Map(items.map((item) => [item.sku, item.id]))
  const levels = await inventoryService.listInventoryLevels(
    { inventory_item_id: items.map((i) => i.id) },
    { take: null }
  )
  const haveLevel = new Set(levels.map((l) => `${l.inventory_item_id}:${l.location_id}`))
  const newLevels = catalog
    .flatMap((p) =>
      p.variants.flatMap((v) =>
        Object.entries(v.stock).map(([key, stocked_quantity]) => ({
          inventory_item_id: itemBySku.get(v.sku)!,
          location_id: locations[key].id,
          stocked_quantity,
        }))
      )
    )
    .filter((l) => l.inventory_item_id && !haveLevel.has(`${l.inventory_item_id}:${l.location_id}`))
  for (let i = 0; i < newLevels.length; i += 200) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: newLevels.slice(i, i + 200) } })
  }

  // Customers ---------------------------------------------------------------------
  log("Seeding customers...")
  const existingCustomers = await customerService.listCustomers({ email: DEMO_CUSTOMERS.map((c) => c.email) })
  const knownEmails = new Set(existingCustomers.map((c) => c.email))
  const newCustomers = DEMO_CUSTOMERS.filter((c) => !knownEmails.has(c.email))
  if (newCustomers.length) {
    await createCustomersWorkflow(container).run({
      input: {
        customersData: newCustomers.map((c) => ({
          first_name: c.first_name,
          last_name: c.last_name,
          email: c.email,
          phone: "+10000000000",
          addresses: [
            {
              first_name: c.first_name,
              last_name: c.last_name,
              address_1: "12 Demo Street",
              city: c.city,
              country_code: c.country_code,
              postal_code: "10001",
              is_default_shipping: true,
              is_default_billing: true,
            },
          ],
        })),
      },
    })
  }

  // Historical orders -------------------------------------------------------------
  const lowSkus = new Set(catalog.flatMap((p) => p.variants.filter((v) => v.low_stock).map((v) => v.sku)))
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: skus.filter((sku) => !lowSkus.has(sku)) },
  })
  const orders = await seedDemoOrders(container, {
    count: options.orders ?? 200,
    days: options.days ?? 90,
    variantIds: variants.map((v) => v.id),
    salesChannelId: channel.id,
    regions: DEMO_REGIONS.map((r) => ({ ...r, id: regions[r.key].id, location_id: locations[r.key].id })),
    customers: DEMO_CUSTOMERS.map((c) => ({ ...c })),
    log,
  })

  await storeService.updateStores(store.id, {
    metadata: { ...(store.metadata ?? {}), demo_seeded_at: new Date().toISOString() },
  })
  // The demo orders are backdated after their events fired: build their analytics facts
  // from their final state (the same refresh as the event subscribers).
  if (orders.created) await runBackfill(container, { restart: true, log })

  log(`Demo store ready: ${catalog.length} products, ${orders.created} new orders (${orders.total} seeded in all).`)
  log(`Publishable API key: ${apiKey.token}`)
  return { skipped: false as const, publishableKey: apiKey.token, salesChannelId: channel.id, regions, locations }
}
