import { createRandom } from "./random"

/**
 * The demo catalog, generated from a fixed seed. Pure data: no Medusa calls,
 * so its shape is unit-tested without a database.
 */

export const DEMO_CURRENCIES = ["eur", "usd"] as const

export type DemoCategory = { handle: string; name: string; parent?: string }
export type DemoCollection = { handle: string; title: string }

export type DemoVariant = {
  title: string
  sku: string
  options: Record<string, string>
  prices: { currency_code: string; amount: number }[]
  /** Stocked quantity per stock-location key ("eu", "us"). */
  stock: Record<string, number>
  /** Kept out of generated orders so it stays low for alert demos. */
  low_stock: boolean
}

export type DemoProduct = {
  handle: string
  title: string
  subtitle: string
  description: string
  category: string
  collection: string
  type: string
  tags: string[]
  images: string[]
  weight: number
  options: { title: string; values: string[] }[]
  variants: DemoVariant[]
}

export const DEMO_CATEGORIES: DemoCategory[] = [
  { handle: "apparel", name: "Apparel" },
  { handle: "shirts", name: "Shirts", parent: "apparel" },
  { handle: "sweatshirts", name: "Sweatshirts", parent: "apparel" },
  { handle: "pants", name: "Pants", parent: "apparel" },
  { handle: "shoes", name: "Shoes" },
  { handle: "accessories", name: "Accessories" },
  { handle: "home", name: "Home & Living" },
]

export const DEMO_COLLECTIONS: DemoCollection[] = [
  { handle: "essentials", title: "Essentials" },
  { handle: "summer", title: "Summer" },
  { handle: "winter", title: "Winter" },
]

const IMAGE_BASE = "https://medusa-public-images.s3.eu-west-1.amazonaws.com"
const IMAGES: Record<string, string[]> = {
  shirts: ["tee-black-front.png", "tee-white-front.png"],
  sweatshirts: ["sweatshirt-vintage-front.png", "sweatshirt-vintage-back.png"],
  pants: ["sweatpants-gray-front.png", "sweatpants-gray-back.png"],
  shoes: ["shorts-vintage-front.png", "shorts-vintage-back.png"],
  accessories: ["coffee-mug.png", "tee-black-back.png"],
  home: ["coffee-mug.png", "tee-white-back.png"],
}

const FAMILIES: {
  category: string
  type: string
  nouns: string[]
  base: [number, number]
  sizes?: string[]
  weight: number
}[] = [
  {
    category: "shirts",
    type: "Apparel",
    nouns: ["T-Shirt", "Polo", "Oxford Shirt", "Linen Shirt", "Henley", "Tank Top", "Long Sleeve Tee", "Flannel Shirt"],
    base: [19, 59],
    sizes: ["S", "M", "L"],
    weight: 200,
  },
  {
    category: "sweatshirts",
    type: "Apparel",
    nouns: ["Sweatshirt", "Hoodie", "Zip Hoodie", "Crewneck", "Fleece", "Quarter Zip"],
    base: [39, 89],
    sizes: ["S", "M", "L"],
    weight: 500,
  },
  {
    category: "pants",
    type: "Apparel",
    nouns: ["Sweatpants", "Chinos", "Jeans", "Shorts", "Cargo Pants", "Joggers"],
    base: [29, 99],
    sizes: ["S", "M", "L"],
    weight: 450,
  },
  {
    category: "shoes",
    type: "Footwear",
    nouns: ["Sneakers", "Runners", "Loafers", "Boots", "Sandals", "Slip-ons"],
    base: [49, 149],
    sizes: ["40", "42", "44"],
    weight: 900,
  },
  {
    category: "accessories",
    type: "Accessories",
    nouns: ["Cap", "Beanie", "Scarf", "Tote Bag", "Backpack", "Belt", "Socks", "Sunglasses"],
    base: [9, 69],
    weight: 150,
  },
  {
    category: "home",
    type: "Home",
    nouns: ["Coffee Mug", "Candle", "Throw Blanket", "Cushion", "Notebook", "Water Bottle"],
    base: [9, 49],
    weight: 400,
  },
]

const ADJECTIVES = [
  "Classic",
  "Organic",
  "Vintage",
  "Everyday",
  "Premium",
  "Relaxed",
  "Heritage",
  "Urban",
  "Coastal",
  "Alpine",
]
const COLORS = ["Black", "White", "Navy", "Olive", "Sand", "Grey", "Burgundy", "Sky"]
const TAGS = ["new", "bestseller", "eco", "limited", "gift", "sale"]

function slug(text: string) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/(^-|-$)/g, "")
}

/** Round to .99 style retail prices in major units (Medusa stores major units). */
function retail(amount: number) {
  return Math.max(1, Math.round(amount)) - 0.01
}

export function buildDemoCatalog(productCount: number, seed = 2026): DemoProduct[] {
  const random = createRandom(seed)
  const products: DemoProduct[] = []
  const usedHandles = new Set<string>()
  let index = 0
  while (products.length < productCount) {
    const family = FAMILIES[index % FAMILIES.length]
    const noun = family.nouns[Math.floor(index / FAMILIES.length) % family.nouns.length]
    const adjective = ADJECTIVES[Math.floor(index / (FAMILIES.length * 2)) % ADJECTIVES.length]
    index++
    const title = `${adjective} ${noun}`
    const handle = slug(title)
    if (usedHandles.has(handle)) continue
    usedHandles.add(handle)

    const colors = [random.pick(COLORS), random.pick(COLORS)].filter((c, i, all) => all.indexOf(c) === i)
    const options = [{ title: "Color", values: colors }]
    if (family.sizes) options.push({ title: "Size", values: family.sizes })

    const eurBase = random.int(family.base[0], family.base[1])
    const combos: Record<string, string>[] = []
    for (const color of colors) {
      for (const size of family.sizes ?? [null]) {
        combos.push(size ? { Color: color, Size: size } : { Color: color })
      }
    }
    const skuStem = handle.toUpperCase().replace(/-/g, "").slice(0, 10)
    const variants: DemoVariant[] = combos.map((combo, i) => {
      const low = random.chance(0.1)
      const out = !low && random.chance(0.03)
      return {
        title: Object.values(combo).join(" / "),
        sku: `${skuStem}-${String(products.length + 1).padStart(3, "0")}-${i + 1}`,
        options: combo,
        prices: [
          { currency_code: "eur", amount: retail(eurBase) },
          { currency_code: "usd", amount: retail(eurBase * 1.1) },
        ],
        stock: low
          ? { eu: random.int(1, 4), us: random.int(0, 3) }
          : out
            ? { eu: 0, us: 0 }
            : { eu: random.int(40, 160), us: random.int(30, 120) },
        low_stock: low || out,
      }
    })

    const images = IMAGES[family.category].map((file) => `${IMAGE_BASE}/${file}`)
    products.push({
      handle,
      title,
      subtitle: `${family.type} · ${colors.join(", ")}`,
      description: `The ${title.toLowerCase()} from our ${family.category} range: durable materials, a considered fit and a finish that lasts. Available in ${colors.join(" and ").toLowerCase()}.`,
      category: family.category,
      collection: DEMO_COLLECTIONS[random.int(0, DEMO_COLLECTIONS.length - 1)].handle,
      type: family.type,
      tags: TAGS.filter(() => random.chance(0.3)),
      images,
      weight: family.weight,
      options,
      variants,
    })
  }
  return products
}
