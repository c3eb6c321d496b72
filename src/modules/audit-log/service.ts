import { MedusaService } from "@medusajs/framework/utils"
import AuditLogEntry from "./models/audit-log-entry"

export default class AuditLogModuleService extends MedusaService({ AuditLogEntry }) {}
