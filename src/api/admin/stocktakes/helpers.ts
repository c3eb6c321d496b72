import type { MedusaContainer } from "@medusajs/framework/types"
import { STOCKTAKE_MODULE } from "../../../modules/stocktake"
import type StocktakeModuleService from "../../../modules/stocktake/service"

/** A stocktake as the admin API returns it: the record with its line and counted counts. */
export async function loadStocktake(scope: MedusaContainer, id: string) {
  const service: StocktakeModuleService = scope.resolve(STOCKTAKE_MODULE)
  const stocktake = await service.retrieveStocktake(id)
  const stats = await service.lineStats([id])
  return { ...stocktake, ...stats[id] }
}
