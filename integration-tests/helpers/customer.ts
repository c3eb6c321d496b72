export type CustomerSession = {
  id: string
  email: string
  token: string
  headers: { headers: Record<string, string> }
}

/** Registers a customer through the Store API and returns a logged-in session. */
export async function registerCustomer(
  api: any,
  publishableKey: string,
  email = `customer-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`,
  password = "customer-password"
): Promise<CustomerSession> {
  const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data } = await api.post(
    "/store/customers",
    { email, first_name: "Test", last_name: "Customer" },
    { headers: { authorization: `Bearer ${registration.token}`, "x-publishable-api-key": publishableKey } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return {
    id: data.customer.id,
    email,
    token: login.token,
    headers: { headers: { authorization: `Bearer ${login.token}`, "x-publishable-api-key": publishableKey } },
  }
}
