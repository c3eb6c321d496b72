// The migration of Medusa's Postgres search provider (extensions, the catalog table), under its own name: a
// provider's migrations are read from its own folder, and this provider is Medusa's with one storage setting.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
