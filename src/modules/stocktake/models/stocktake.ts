import { model } from "@medusajs/framework/utils"
import StocktakeLine from "./stocktake-line"

/**
 * A physical count of the stock at one location. While `counting`, lines
 * take counts; approving applies each line's variance (counted − expected) to
 * the level's current stocked quantity; a canceled stocktake changes nothing.
 */
const Stocktake = model
  .define("stocktake", {
    id: model.id({ prefix: "stk" }).primaryKey(),
    location_id: model.text(),
    name: model.text().nullable(),
    notes: model.text().nullable(),
    status: model.enum(["counting", "approved", "canceled"]).default("counting"),
    /** "all": every inventory level at the location; "subset": the listed items only. */
    scope: model.enum(["all", "subset"]).default("all"),
    created_by: model.text().nullable(),
    approved_by: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    canceled_by: model.text().nullable(),
    canceled_at: model.dateTime().nullable(),
    lines: model.hasMany(() => StocktakeLine, { mappedBy: "stocktake" }),
  })
  .cascades({ delete: ["lines"] })
  .indexes([{ on: ["location_id", "status"] }, { on: ["status", "created_at"] }])

export default Stocktake
