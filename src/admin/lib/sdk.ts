import Medusa from "@medusajs/js-sdk"

/** The one JS SDK instance of the admin extensions (session auth, same origin unless VITE_BACKEND_URL). */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})

/** Absolute URL of a backend path, for plain links (CSV downloads) that bypass the SDK. */
export const backendUrl = (path: string) =>
  new URL(path, import.meta.env.VITE_BACKEND_URL || window.location.origin).toString()
