import { Table, Text } from "@medusajs/ui"
import { formatDate, formatPercent, formatPoints } from "../../lib/format"
import { EmptyState } from "../common/query-states"
import type { SearchQueryStat } from "./types"

/** Queries with their number of searches, average hits, clicks and click-through rate. */
export const QueryTable = ({
  rows,
  empty,
  showHits = true,
  label,
}: {
  rows: SearchQueryStat[]
  empty: string
  showHits?: boolean
  label: string
}) => {
  if (!rows.length) return <EmptyState title={empty} />
  return (
    <Table aria-label={label}>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Query</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Searches</Table.HeaderCell>
          {showHits && <Table.HeaderCell className="text-right">Avg. hits</Table.HeaderCell>}
          <Table.HeaderCell className="text-right">Clicks</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Click-through</Table.HeaderCell>
          <Table.HeaderCell>Last searched</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.query}>
            <Table.Cell>
              <Text size="small" weight="plus" className="truncate">
                {row.query}
              </Text>
            </Table.Cell>
            <Table.Cell className="text-right">{formatPoints(row.searches)}</Table.Cell>
            {showHits && <Table.Cell className="text-right">{row.avg_hits.toFixed(1)}</Table.Cell>}
            <Table.Cell className="text-right">{formatPoints(row.clicks)}</Table.Cell>
            <Table.Cell className="text-right">{formatPercent(row.click_through_rate)}</Table.Cell>
            <Table.Cell>{formatDate(row.last_searched_at, true)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
