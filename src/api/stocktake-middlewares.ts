import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminApproveStocktake,
  AdminCancelStocktake,
  AdminCreateStocktake,
  AdminRecordStocktakeCounts,
  AdminUploadStocktakeCsv,
} from "./admin/stocktakes/validators"

/** Stocktake routes (admin-only by Medusa's defaults for /admin/*). */
export const stocktakeMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stocktakes",
    methods: ["POST"],
    bodyParser: { sizeLimit: "1mb" },
    middlewares: [validateAndTransformBody(AdminCreateStocktake)],
  },
  {
    matcher: "/admin/stocktakes/:id/counts",
    methods: ["POST"],
    bodyParser: { sizeLimit: "2mb" },
    middlewares: [validateAndTransformBody(AdminRecordStocktakeCounts)],
  },
  {
    // A count sheet as JSON { csv }: up to MAX_CSV_LENGTH characters (a little more once JSON-escaped).
    matcher: "/admin/stocktakes/:id/counts/csv",
    methods: ["POST"],
    bodyParser: { sizeLimit: "6mb" },
    middlewares: [validateAndTransformBody(AdminUploadStocktakeCsv)],
  },
  {
    matcher: "/admin/stocktakes/:id/approve",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminApproveStocktake)],
  },
  {
    matcher: "/admin/stocktakes/:id/cancel",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCancelStocktake)],
  },
]
