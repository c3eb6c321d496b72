import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, IconButton, StatusBadge, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useDeleteLoyaltyRule, useLoyaltyRules } from "../../hooks/use-loyalty-rules"
import { errorMessage, formatMoney, formatPercent, formatPoints } from "../../lib/format"
import type { LoyaltyRule } from "../../lib/types"
import { EmptyState, ErrorState, LoadingState } from "../common/query-states"
import { RuleDrawer } from "./rule-drawer"

const RuleRow = ({ rule, takenCurrencies }: { rule: LoyaltyRule; takenCurrencies: string[] }) => {
  const prompt = usePrompt()
  const remove = useDeleteLoyaltyRule()
  const currency = rule.currency_code.toUpperCase()

  const onDelete = async () => {
    const confirmed = await prompt({
      title: `Delete the ${currency} rule?`,
      description: `Orders in ${currency} stop earning points, and points can no longer be redeemed in ${currency}. Existing balances and the ledger are kept.`,
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return
    remove.mutate(rule.id, {
      onSuccess: () => toast.success(`${currency} rule deleted`),
      onError: (error) => toast.error("Could not delete the rule", { description: errorMessage(error) }),
    })
  }

  return (
    <Table.Row>
      <Table.Cell>
        <Text size="small" weight="plus">
          {currency}
        </Text>
      </Table.Cell>
      <Table.Cell>
        <StatusBadge color={rule.is_active ? "green" : "grey"}>{rule.is_active ? "Active" : "Inactive"}</StatusBadge>
      </Table.Cell>
      <Table.Cell>
        {Number(rule.points_per_unit)} pts / {formatMoney(1, rule.currency_code)}
        <Text size="xsmall" className="text-ui-fg-subtle">
          {rule.rounding}
          {rule.include_tax ? ", incl. tax" : ""}
          {rule.include_shipping ? ", incl. shipping" : ""}
        </Text>
      </Table.Cell>
      <Table.Cell>
        {formatPoints(rule.points_per_currency_unit)} pts = {formatMoney(1, rule.currency_code)}
        <Text size="xsmall" className="text-ui-fg-subtle">
          min {formatPoints(rule.min_redemption)}, max {formatPercent(Number(rule.max_redemption_share))} of order
        </Text>
      </Table.Cell>
      <Table.Cell>
        {rule.expiry_months ? `${rule.expiry_months} months` : "Never"}
        <Text size="xsmall" className="text-ui-fg-subtle">
          {rule.pending_days ? `pending ${rule.pending_days} days` : "available at once"}
        </Text>
      </Table.Cell>
      <Table.Cell>{formatPoints(rule.welcome_points)}</Table.Cell>
      <Table.Cell>
        {rule.tiers?.length ? (
          <div className="flex flex-wrap gap-1">
            {rule.tiers.map((t) => (
              <Badge key={t.name} size="2xsmall" title={`from ${formatMoney(t.min_spend, rule.currency_code)}`}>
                {t.name} ×{t.multiplier}
              </Badge>
            ))}
          </div>
        ) : (
          "—"
        )}
      </Table.Cell>
      <Table.Cell>
        <div className="flex justify-end gap-x-1">
          <RuleDrawer
            rule={rule}
            takenCurrencies={takenCurrencies}
            trigger={
              <IconButton size="small" variant="transparent" aria-label={`Edit the ${currency} rule`}>
                <PencilSquare />
              </IconButton>
            }
          />
          <IconButton
            size="small"
            variant="transparent"
            aria-label={`Delete the ${currency} rule`}
            onClick={onDelete}
            isLoading={remove.isPending}
          >
            <Trash />
          </IconButton>
        </div>
      </Table.Cell>
    </Table.Row>
  )
}

/** One rule per currency: list, create, edit, delete. */
export const RulesSection = () => {
  const { data, isLoading, isError, error, refetch } = useLoyaltyRules()
  const rules = data?.rules ?? []
  const taken = rules.map((r) => r.currency_code.toLowerCase())

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Rules</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            How customers earn and spend points, per currency.
          </Text>
        </div>
        <RuleDrawer
          takenCurrencies={taken}
          trigger={
            <Button size="small" variant="secondary">
              <Plus />
              Create rule
            </Button>
          }
        />
      </div>
      {isLoading ? (
        <LoadingState rows={3} label="Loading rules" />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load the rules" />
      ) : rules.length === 0 ? (
        <EmptyState
          title="No loyalty rules yet"
          description="Create a rule for a currency to start awarding points on orders paid in it."
        />
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Currency</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Earn</Table.HeaderCell>
                <Table.HeaderCell>Redeem</Table.HeaderCell>
                <Table.HeaderCell>Expiry</Table.HeaderCell>
                <Table.HeaderCell>Welcome</Table.HeaderCell>
                <Table.HeaderCell>Tiers</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="sr-only">Actions</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rules.map((rule) => (
                <RuleRow key={rule.id} rule={rule} takenCurrencies={taken} />
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}
