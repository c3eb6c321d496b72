/**
 * Pure threshold maths: which scopes an item is measured in, and whether a
 * scope's available quantity raises, holds or clears a low-stock or
 * stock-out crossing.
 */

export type LevelQuantity = {
  location_id: string
  stocked_quantity: number
  reserved_quantity: number
}

export type ThresholdSetting = {
  location_id: string | null
  threshold: number
}

export type MeasuredScope = {
  /** The location id, or "*" for the item summed over every location. */
  scope_key: string
  location_id: string | null
  available: number
  threshold: number
}

export const TOTAL_SCOPE = "*"

/**
 * The item is always measured summed over all its locations, against its own
 * threshold or the store default. It is also measured at each location that
 * has a location-specific threshold (the most specific one wins there).
 * An item with no stock level anywhere is not measured.
 */
export function measuredScopes(
  levels: LevelQuantity[],
  thresholds: ThresholdSetting[],
  defaultThreshold: number
): MeasuredScope[] {
  if (!levels.length) return []
  const available = (level: LevelQuantity) => level.stocked_quantity - level.reserved_quantity
  const itemThreshold = thresholds.find((t) => t.location_id === null)?.threshold
  const scopes: MeasuredScope[] = [
    {
      scope_key: TOTAL_SCOPE,
      location_id: null,
      available: levels.reduce((sum, level) => sum + available(level), 0),
      threshold: itemThreshold ?? defaultThreshold,
    },
  ]
  for (const setting of thresholds) {
    if (setting.location_id === null) continue
    const level = levels.find((l) => l.location_id === setting.location_id)
    scopes.push({
      scope_key: setting.location_id,
      location_id: setting.location_id,
      available: level ? available(level) : 0,
      threshold: setting.threshold,
    })
  }
  return scopes
}

export type CrossingState = "raise" | "hold" | "clear"

/**
 * Low stock: at or below the threshold (but not out). Out of stock: nothing
 * available (or oversold). Each clears only above its line plus the
 * hysteresis, so stock bouncing around the line raises one alert, not many.
 * While out of stock no new low-stock alert is raised (the stock-out says
 * more); one raised before the stock-out stays on.
 */
export function crossingStates(
  available: number,
  threshold: number,
  hysteresis: number
): { low_stock: CrossingState; out_of_stock: CrossingState } {
  const out: CrossingState = available <= 0 ? "raise" : available > hysteresis ? "clear" : "hold"
  const low: CrossingState =
    available <= 0 ? "hold" : available <= threshold ? "raise" : available > threshold + hysteresis ? "clear" : "hold"
  return { low_stock: low, out_of_stock: out }
}

export type ActiveAlertRef = { id: string; scope_key: string; kind: "low_stock" | "out_of_stock" }

export type AlertPlan = {
  raise: { scope: MeasuredScope; kind: "low_stock" | "out_of_stock" }[]
  clear: { id: string; available: number }[]
  /** Active alerts whose crossing holds: only their current quantity moves. */
  keep: { id: string; available: number }[]
}

/** What to do for one item, given its measured scopes and its active (not yet recovered) alerts. */
export function planAlerts(scopes: MeasuredScope[], active: ActiveAlertRef[], hysteresis: number): AlertPlan {
  const plan: AlertPlan = { raise: [], clear: [], keep: [] }
  const measured = new Map(scopes.map((s) => [s.scope_key, s]))
  for (const scope of scopes) {
    const states = crossingStates(scope.available, scope.threshold, hysteresis)
    for (const kind of ["out_of_stock", "low_stock"] as const) {
      const current = active.find((a) => a.scope_key === scope.scope_key && a.kind === kind)
      if (states[kind] === "raise" && !current) plan.raise.push({ scope, kind })
      else if (states[kind] === "clear" && current) plan.clear.push({ id: current.id, available: scope.available })
      else if (current) plan.keep.push({ id: current.id, available: scope.available })
    }
  }
  // A scope no longer measured (its location threshold was removed, its level deleted): the crossing is over.
  for (const alert of active) {
    if (!measured.has(alert.scope_key)) plan.clear.push({ id: alert.id, available: 0 })
  }
  return plan
}
