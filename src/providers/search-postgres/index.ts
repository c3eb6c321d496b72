import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { PostgresSearchProviderService } from "./service"

export { PostgresSearchProviderService, lz4ColumnsSql } from "./service"

export default ModuleProvider(Modules.SEARCH, {
  services: [PostgresSearchProviderService],
})
