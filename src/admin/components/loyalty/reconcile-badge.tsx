import { StatusBadge, Tooltip } from "@medusajs/ui"

/** Whether balances match the ledger (they always should; a mismatch needs a developer). */
export const ReconcileBadge = ({ reconciled, mismatches }: { reconciled: boolean; mismatches?: number }) =>
  reconciled ? (
    <Tooltip content="Balances match the sum of the ledger entries">
      <StatusBadge color="green">Reconciled</StatusBadge>
    </Tooltip>
  ) : (
    <Tooltip content="Balances differ from the ledger. Do not adjust by hand: report it to a developer.">
      <StatusBadge color="red">
        {mismatches ? `${mismatches} mismatch${mismatches === 1 ? "" : "es"}` : "Ledger mismatch"}
      </StatusBadge>
    </Tooltip>
  )
