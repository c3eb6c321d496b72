import { lz4ColumnsSql } from "../service"

describe("lz4ColumnsSql", () => {
  it("switches both jsonb columns of the table and gives up quietly where lz4 is unsupported", () => {
    const sql = lz4ColumnsSql("search_pg_product_v2")
    expect(sql).toContain(
      `ALTER TABLE "search_pg_product_v2" ALTER COLUMN "document" SET COMPRESSION lz4, ALTER COLUMN "indexed" SET COMPRESSION lz4;`
    )
    expect(sql).toMatch(/EXCEPTION WHEN OTHERS THEN\s+RAISE NOTICE/)
  })

  it("refuses a table name it would have to quote", () => {
    expect(() => lz4ColumnsSql(`x"; DROP TABLE product; --`)).toThrow(/unexpected search table name/)
    expect(() => lz4ColumnsSql("Search_PG")).toThrow(/unexpected search table name/)
  })
})
