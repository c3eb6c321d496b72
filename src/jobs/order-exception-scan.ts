import type { MedusaContainer } from "@medusajs/framework/types"
import { scanOrderExceptionsWorkflow } from "../workflows/order-exceptions/scan-order-exceptions"

/** Every 15 minutes: raises the time-based exception cases and closes the ones whose cause is gone. */
export default async function orderExceptionScan(container: MedusaContainer) {
  await scanOrderExceptionsWorkflow(container).run({ input: {} })
}

export const config = {
  name: "order-exception-scan",
  schedule: "*/15 * * * *",
}
