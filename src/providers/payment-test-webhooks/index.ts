import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import TestWebhooksPaymentProvider from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [TestWebhooksPaymentProvider],
})
