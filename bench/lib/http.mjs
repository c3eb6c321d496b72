// Measuring helpers given to every benchmark through its ctx.
import autocannon from "autocannon"

/** Nearest-rank percentile of ascending `sorted` values. */
export function percentile(sorted, p) {
  if (!sorted.length) return NaN
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** count, mean, p50, p95, p99 of a list of durations (ms). */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const mean = sorted.reduce((sum, x) => sum + x, 0) / (sorted.length || 1)
  return {
    count: sorted.length,
    mean,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  }
}

/** Run `fn` and return [its result, elapsed ms]. */
export async function timed(fn) {
  const started = performance.now()
  const result = await fn()
  return [result, performance.now() - started]
}

function jsonRequest(body, headers = {}) {
  if (body === undefined) return { headers }
  return {
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  }
}

/**
 * Load-test one endpoint with autocannon: `connections` concurrent clients
 * for `duration` seconds or `amount` requests, after `warmup` seconds
 * (not measured). Latency percentiles are computed from every response's
 * time. Throws when any request errors, times out or is not 2xx.
 *
 * @returns {Promise<{ requests: number, seconds: number, rps: number, mean: number, p50: number, p95: number, p99: number }>}
 */
export async function load(baseUrl, opts) {
  const { url, method = "GET", body, connections = 10, duration = 10, amount, warmup = 2 } = opts
  const request = jsonRequest(body, opts.headers)
  const latencies = []
  const instance = autocannon({
    url: new URL(url, baseUrl).toString(),
    method,
    ...request,
    connections,
    ...(amount ? { amount } : { duration }),
    ...(warmup ? { warmup: { connections, duration: warmup } } : {}),
  })
  instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms))
  const result = await instance
  const failed = result.errors + result.timeouts + result.non2xx
  if (failed) {
    throw new Error(
      `${method} ${url}: ${failed} failed requests (${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)`
    )
  }
  const stats = summarize(latencies)
  return {
    requests: stats.count,
    seconds: result.duration,
    rps: stats.count / result.duration,
    mean: stats.mean,
    p50: stats.p50,
    p95: stats.p95,
    p99: stats.p99,
  }
}

/**
 * A JSON client for one server: `request(path, { method, body, headers })`
 * returns the parsed body and throws on a non-2xx answer. Store paths get the
 * publishable key, admin paths the admin token.
 */
export function client(baseUrl, { publishableKey, adminToken }) {
  return async function request(path, { method, body, headers = {} } = {}) {
    const auth = path.startsWith("/store")
      ? { "x-publishable-api-key": publishableKey }
      : path.startsWith("/admin")
        ? { authorization: `Bearer ${adminToken}` }
        : {}
    const verb = method ?? (body === undefined ? "GET" : "POST")
    const res = await fetch(new URL(path, baseUrl), {
      method: verb,
      ...jsonRequest(body, { ...auth, ...headers }),
    }).catch((error) => {
      // undici says only "fetch failed"; the socket's own reason is in the cause.
      const cause = error.cause?.code ?? error.cause?.message
      throw new Error(`${verb} ${path}: ${error.message}${cause ? ` (${cause})` : ""}`, { cause: error })
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${verb} ${path}: ${res.status} ${text.slice(0, 300)}`)
    return text ? JSON.parse(text) : null
  }
}
