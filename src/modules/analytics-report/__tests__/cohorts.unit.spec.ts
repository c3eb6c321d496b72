import { addMonths, buildCohortRows, classifyCustomer, cohortMonths, monthsBetween } from "../utils/cohorts"

describe("month arithmetic", () => {
  it("adds months across years, both ways", () => {
    expect(addMonths("2026-11-01", 1)).toEqual("2026-12-01")
    expect(addMonths("2026-11-01", 2)).toEqual("2027-01-01")
    expect(addMonths("2026-01-01", -1)).toEqual("2025-12-01")
    expect(addMonths("2026-01-01", 25)).toEqual("2028-02-01")
  })

  it("months between and the cohort months of a range", () => {
    expect(monthsBetween("2025-11-01", "2026-02-15")).toEqual(3)
    expect(cohortMonths("2025-11-20", "2026-01-03")).toEqual(["2025-11-01", "2025-12-01", "2026-01-01"])
    expect(cohortMonths("2026-01-31", "2026-01-31")).toEqual(["2026-01-01"])
  })
})

describe("buildCohortRows", () => {
  it("retention = active cohort customers ÷ cohort size, zero-filled, null for months not reached yet", () => {
    const rows = buildCohortRows(
      [
        { cohort: "2026-01-01", customers: 4 },
        { cohort: "2026-03-01", customers: 3 },
      ],
      [
        { cohort: "2026-01-01", month_offset: 0, customers: 4 },
        { cohort: "2026-01-01", month_offset: 1, customers: 1 },
        { cohort: "2026-01-01", month_offset: 3, customers: 2 },
        { cohort: "2026-03-01", month_offset: 0, customers: 3 },
        { cohort: "2026-03-01", month_offset: 1, customers: 2 },
      ],
      { from: "2026-01-10", to: "2026-03-31", currentMonth: "2026-04-01", months: 5 }
    )
    expect(rows).toEqual([
      { cohort: "2026-01-01", customers: 4, month_0: 1, month_1: 0.25, month_2: 0, month_3: 0.5, month_4: null },
      { cohort: "2026-02-01", customers: 0, month_0: null, month_1: null, month_2: null, month_3: null, month_4: null },
      { cohort: "2026-03-01", customers: 3, month_0: 1, month_1: 0.6667, month_2: null, month_3: null, month_4: null },
    ])
  })

  it("twelve months by default", () => {
    const [row] = buildCohortRows([{ cohort: "2025-01-01", customers: 1 }], [], {
      from: "2025-01-01",
      to: "2025-01-31",
      currentMonth: "2026-06-01",
    })
    expect(Object.keys(row).filter((k) => k.startsWith("month_"))).toHaveLength(12)
    expect(row.month_11).toEqual(0)
  })
})

describe("classifyCustomer", () => {
  it("new when the first order is inside the period, returning when before, nothing when after", () => {
    expect(classifyCustomer("2026-03-05", "2026-03-01", "2026-03-31")).toEqual("new")
    expect(classifyCustomer("2026-03-01", "2026-03-01", "2026-03-31")).toEqual("new")
    expect(classifyCustomer("2026-02-28", "2026-03-01", "2026-03-31")).toEqual("returning")
    expect(classifyCustomer("2026-04-01", "2026-03-01", "2026-03-31")).toBeNull()
  })
})
