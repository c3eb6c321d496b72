// Product search: a synthetic catalog of 100,000 products (10,000 with --quick),
// bulk-inserted with SQL in the shape Medusa's product, variant, price and link
// tables have, then indexed by the Search Module (a full rebuild through
// POST /admin/search-indexes/product/reindex, the admin's Reindex button).
//
// Figures:
// - search latency p50 / p95 of POST /store/search (the product index) vs
//   GET /store/products?q= (Medusa's built-in search: ILIKE over the product
//   tables) for the same queries on the same catalog, 4 requests at a time;
//   targets: >= 10x faster, p95 < 50 ms;
// - full reindex throughput in documents/s (the seed builds every document
//   from query.graph: products, variants, calculated prices in each currency,
//   categories, units sold); judged against the Meilisearch target where
//   MEILISEARCH_HOST is set, reported as measured on Postgres.
import { summarize, timed } from "../lib/http.mjs"

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

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
  "Nordic",
  "Merino",
  "Rugged",
  "Featherweight",
  "Tailored",
  "Recycled",
  "Waxed",
  "Quilted",
  "Brushed",
  "Technical",
]
const COLORS = [
  "Black",
  "White",
  "Navy",
  "Olive",
  "Sand",
  "Grey",
  "Burgundy",
  "Sky",
  "Rust",
  "Forest",
  "Charcoal",
  "Ivory",
  "Mustard",
  "Teal",
  "Coral",
]
const NOUNS = [
  "T-Shirt",
  "Polo",
  "Oxford Shirt",
  "Linen Shirt",
  "Henley",
  "Hoodie",
  "Sweatshirt",
  "Cardigan",
  "Parka",
  "Rain Jacket",
  "Chinos",
  "Jeans",
  "Joggers",
  "Shorts",
  "Sneakers",
  "Boots",
  "Loafers",
  "Sandals",
  "Beanie",
  "Scarf",
  "Backpack",
  "Tote Bag",
  "Belt",
  "Socks",
  "Wallet",
  "Coffee Mug",
  "Candle",
  "Blanket",
  "Cushion",
  "Notebook",
]
const MATERIALS = ["cotton", "wool", "linen", "leather", "canvas", "cashmere", "denim", "fleece", "nylon", "bamboo"]
/** The words of product g of the synthetic catalog, as the SQL below picks them (arrays are 1-based there). */
const wordsOf = (g) => ({
  adjective: ADJECTIVES[(g * 7) % ADJECTIVES.length],
  color: COLORS[(g * 13) % COLORS.length],
  noun: NOUNS[(g * 31) % NOUNS.length],
  material: MATERIALS[(g * 3) % MATERIALS.length],
})

/**
 * What shoppers type, every query matching something: single words from
 * common to rare, two-word queries taken from real products, a SKU.
 */
function benchQueries(count, run) {
  const at = (share) => Math.max(1, Math.floor(count * share))
  const a = wordsOf(at(0.13))
  const b = wordsOf(at(0.42))
  const c = wordsOf(at(0.77))
  return [
    a.noun.toLowerCase(),
    b.color.toLowerCase(),
    c.material,
    a.adjective.toLowerCase(),
    `${b.adjective} ${b.noun}`.toLowerCase(),
    `${c.color} ${c.noun}`.toLowerCase(),
    `${a.adjective} ${a.color}`.toLowerCase(),
    `${b.noun} ${b.material}`.toLowerCase(),
    c.noun.toLowerCase(),
    a.material,
    `BENCH-${run.toUpperCase()}-${at(0.5)}`,
    `${c.adjective} ${c.color} ${c.noun}`.toLowerCase(),
  ]
}

const CHUNK = 20_000

/** Bulk insert of `count` published products (one variant, EUR and USD prices each) into the demo store's channel. */
async function insertCatalog(ctx, count, run) {
  const [channel] = await ctx.query("SELECT default_sales_channel_id AS id FROM store WHERE deleted_at IS NULL LIMIT 1")
  const categories = (await ctx.query("SELECT id FROM product_category WHERE deleted_at IS NULL ORDER BY id")).map(
    (r) => r.id
  )
  const collections = (await ctx.query("SELECT id FROM product_collection WHERE deleted_at IS NULL ORDER BY id")).map(
    (r) => r.id
  )
  const types = (await ctx.query("SELECT id FROM product_type WHERE deleted_at IS NULL ORDER BY id")).map((r) => r.id)
  const tags = (await ctx.query("SELECT id FROM product_tag WHERE deleted_at IS NULL ORDER BY id")).map((r) => r.id)
  const pick = (array, salt) => `($${array}::text[])[1 + ((g * ${salt}) % array_length($${array}::text[], 1))]`
  for (let from = 1; from <= count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK - 1)
    const range = [run, from, to]
    const p = `'prod_bench_' || $1 || '_' || g`
    await ctx.query(
      `INSERT INTO product (id, title, handle, subtitle, description, status, collection_id, type_id, created_at, updated_at)
       SELECT ${p},
              ${pick(4, 7)} || ' ' || ${pick(5, 13)} || ' ' || ${pick(6, 31)},
              'bench-' || $1 || '-' || g,
              ${pick(5, 13)} || ' · ' || ${pick(7, 3)},
              'A ' || lower(${pick(4, 7)}) || ' ' || lower(${pick(6, 31)}) || ' in ' || ${pick(7, 3)} || ', made to last. Item ' || g || '.',
              'published', ${pick(8, 11)}, ${pick(9, 5)},
              now() - (g || ' seconds')::interval, now()
       FROM generate_series($2::int, $3::int) g`,
      [...range, ADJECTIVES, COLORS, NOUNS, MATERIALS, collections, types]
    )
    await ctx.query(
      `INSERT INTO product_variant (id, title, sku, product_id, manage_inventory, created_at, updated_at)
       SELECT 'variant_bench_' || $1 || '_' || g, 'One size', 'BENCH-' || upper($1) || '-' || g, ${p}, false, now(), now()
       FROM generate_series($2::int, $3::int) g`,
      range
    )
    await ctx.query(
      `INSERT INTO price_set (id, created_at, updated_at)
       SELECT 'pset_bench_' || $1 || '_' || g, now(), now() FROM generate_series($2::int, $3::int) g`,
      range
    )
    await ctx.query(
      `INSERT INTO product_variant_price_set (id, variant_id, price_set_id)
       SELECT 'pvps_bench_' || $1 || '_' || g, 'variant_bench_' || $1 || '_' || g, 'pset_bench_' || $1 || '_' || g
       FROM generate_series($2::int, $3::int) g`,
      range
    )
    // EUR 5.99 ... 204.99; USD 10% more, rounded to the cent (numeric, no float).
    await ctx.query(
      `INSERT INTO price (id, price_set_id, currency_code, amount, raw_amount, rules_count, created_at, updated_at)
       SELECT 'price_bench_' || $1 || '_' || c.code || '_' || g, 'pset_bench_' || $1 || '_' || g, c.code, a.amount,
              jsonb_build_object('value', a.amount::text, 'precision', 20), 0, now(), now()
       FROM generate_series($2::int, $3::int) g
       CROSS JOIN (VALUES ('eur', 1.0::numeric), ('usd', 1.1::numeric)) AS c(code, factor)
       CROSS JOIN LATERAL (SELECT round((5 + (g * 37) % 200 + 0.99) * c.factor, 2) AS amount) a`,
      range
    )
    await ctx.query(
      `INSERT INTO product_sales_channel (id, product_id, sales_channel_id)
       SELECT 'prodsc_bench_' || $1 || '_' || g, ${p}, $4 FROM generate_series($2::int, $3::int) g`,
      [...range, channel.id]
    )
    if (categories.length) {
      await ctx.query(
        `INSERT INTO product_category_product (product_id, product_category_id)
         SELECT ${p}, ${pick(4, 17)} FROM generate_series($2::int, $3::int) g`,
        [...range, categories]
      )
    }
    if (tags.length) {
      await ctx.query(
        `INSERT INTO product_tags (product_id, product_tag_id)
         SELECT ${p}, ${pick(4, 19)} FROM generate_series($2::int, $3::int) g`,
        [...range, tags]
      )
    }
  }
  await ctx.query("ANALYZE product; ANALYZE product_variant; ANALYZE price; ANALYZE product_sales_channel")
}

/** Latencies of `send(query)` for every query, `rounds` times, `concurrency` at a time (after one warm-up round). */
async function measure(send, { queries, rounds, concurrency }) {
  for (const q of queries) await send(q)
  const jobs = []
  for (let r = 0; r < rounds; r++) for (const q of queries) jobs.push(q)
  const samples = []
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const q = jobs[next++]
        const [, ms] = await timed(() => send(q))
        samples.push(ms)
      }
    })
  )
  return summarize(samples)
}

export default {
  name: "search",
  description:
    "POST /store/search (product index) vs GET /store/products?q= on a 100k-product catalog (10k with --quick); full reindex throughput",
  async run(ctx) {
    const count = ctx.quick ? 10_000 : 100_000
    const run = Date.now().toString(36)
    const indexStatus = async () => (await ctx.request("/admin/search-indexes/product/status")).search_index

    ctx.log(`search: inserting ${count.toLocaleString("en-US")} products`)
    const [, insertMs] = await timed(() => insertCatalog(ctx, count, run))
    ctx.log(`search: inserted in ${(insertMs / 1000).toFixed(1)} s; rebuilding the index`)

    const before = await indexStatus()
    const [, reindexMs] = await timed(async () => {
      await ctx.request("/admin/search-indexes/product/reindex", { body: {} })
      const deadline = Date.now() + 60 * 60_000
      for (;;) {
        const status = await indexStatus()
        if ((status.sync?.active_version ?? 0) > (before.sync?.active_version ?? 0) && !status.sync?.running_sync)
          return
        if (status.sync?.last_failure && status.sync.last_failure.started_at > (before.checked_at ?? "")) {
          throw new Error(`reindex failed: ${status.sync.last_failure.error}`)
        }
        if (Date.now() > deadline) throw new Error("reindex did not finish within an hour")
        await sleep(1000)
      }
    })
    const status = await indexStatus()
    if (status.documents.indexed !== status.documents.expected) {
      throw new Error(
        `index holds ${status.documents.indexed} documents, ${status.documents.expected} products are published`
      )
    }
    const documents = status.documents.indexed
    const provider = status.provider.id
    ctx.log(`search: ${documents} documents indexed in ${(reindexMs / 1000).toFixed(1)} s on ${provider}`)

    const queries = benchQueries(count, run)
    const search = async (q) => {
      const { results } = await ctx.request("/store/search", {
        body: { entity: "product", filters: { q }, pagination: { take: 20 } },
      })
      if (!results?.[0]?.hits?.length) throw new Error(`POST /store/search found nothing for "${q}"`)
    }
    const builtIn = async (q) => {
      await ctx.request(`/store/products?q=${encodeURIComponent(q)}&limit=20&fields=id,title,handle,thumbnail`)
    }
    const shape = { concurrency: 4, queries }
    const searchStats = await measure(search, { ...shape, rounds: ctx.quick ? 8 : 20 })
    const builtInStats = await measure(builtIn, { ...shape, rounds: ctx.quick ? 2 : 3 })
    const faster = (a, b) => `${(b / a).toFixed(1)}× faster`
    const size = `${documents.toLocaleString("en-US")} products${ctx.quick ? " (--quick: 10k instead of 100k)" : ""}`
    return [
      {
        metric: "p50",
        figure: searchStats.p50,
        baseline: builtInStats.p50,
        unit: "ms",
        notes: `POST /store/search on ${provider} vs GET /store/products?q=; ${size}; ${queries.length} queries (one to three words, a SKU), 4 at a time; ${faster(searchStats.p50, builtInStats.p50)} (target ≥ 10×)`,
      },
      {
        metric: "p95",
        figure: searchStats.p95,
        baseline: builtInStats.p95,
        unit: "ms",
        notes: `${searchStats.count} searches vs ${builtInStats.count} listings; ${faster(searchStats.p95, builtInStats.p95)}; target p95 < 50 ms: ${searchStats.p95 < 50 ? "met" : "not met"}`,
      },
      {
        metric: "full reindex",
        figure: documents / (reindexMs / 1000),
        baseline: count / (insertMs / 1000),
        unit: "docs/s",
        notes: `${size} rebuilt on ${provider} in ${(reindexMs / 1000).toFixed(1)} s (reindex route to new version active)${provider === "search-meilisearch" ? "" : "; as measured (the throughput target is Meilisearch's, with MEILISEARCH_HOST set)"}; baseline: the bulk SQL insert of the catalog`,
      },
    ]
  },
}
