import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export type AdminSession = {
  email: string
  password: string
  userId: string
  token: string
  headers: { headers: { authorization: string } }
}

/**
 * Creates an admin user the way `medusa user` does (user + email/password
 * identity) and logs in through the real auth route.
 */
export async function createAdminSession(
  container: MedusaContainer,
  api: any,
  email = `admin-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`,
  password = "supersecret-password"
): Promise<AdminSession> {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const user = await userModule.createUsers({ email })
  const { authIdentity, error } = await authModule.register("emailpass", {
    body: { email, password },
  } as any)
  if (error || !authIdentity) throw new Error(`could not register admin identity: ${error}`)
  await authModule.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })

  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return {
    email,
    password,
    userId: user.id,
    token: data.token,
    headers: { headers: { authorization: `Bearer ${data.token}` } },
  }
}
