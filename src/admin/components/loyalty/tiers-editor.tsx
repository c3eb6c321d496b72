import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { newTierRow, type RuleFormErrors, type TierRow } from "./rule-form-values"

type Props = {
  tiers: TierRow[]
  currencyCode: string
  errors: RuleFormErrors
  onChange: (tiers: TierRow[]) => void
}

/** Rows of { name, minimum 12-month spend, earn multiplier }; no rows = no tiers. */
export const TiersEditor = ({ tiers, currencyCode, errors, onChange }: Props) => {
  const update = (key: string, patch: Partial<TierRow>) =>
    onChange(tiers.map((t) => (t.key === key ? { ...t, ...patch } : t)))

  return (
    <section aria-labelledby="rule-tiers-heading" className="flex flex-col gap-y-3">
      <div className="flex items-center justify-between">
        <div>
          <h3 id="rule-tiers-heading" className="txt-compact-small-plus text-ui-fg-base">
            Tiers
          </h3>
          <Text size="xsmall" className="text-ui-fg-subtle">
            Earn multiplier by the customer&apos;s spend over the last 12 months.
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          type="button"
          onClick={() => onChange([...tiers, newTierRow()])}
          disabled={tiers.length >= 20}
        >
          <Plus />
          Add tier
        </Button>
      </div>
      {tiers.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted">
          No tiers: every customer earns at the base rate.
        </Text>
      ) : (
        <div className="flex flex-col gap-y-2">
          <div className="text-ui-fg-subtle grid grid-cols-[1fr_1fr_110px_32px] gap-x-2">
            <Text size="xsmall">Name</Text>
            <Text size="xsmall">Min. spend ({currencyCode.toUpperCase()})</Text>
            <Text size="xsmall">Multiplier</Text>
          </div>
          {tiers.map((tier, i) => (
            <div key={tier.key} className="flex flex-col gap-y-1">
              <div className="grid grid-cols-[1fr_1fr_110px_32px] items-center gap-x-2">
                <Input
                  size="small"
                  aria-label={`Tier ${i + 1} name`}
                  placeholder="Gold"
                  value={tier.name}
                  maxLength={50}
                  onChange={(e) => update(tier.key, { name: e.target.value })}
                />
                <Input
                  size="small"
                  type="number"
                  min={0}
                  step="any"
                  aria-label={`Tier ${i + 1} minimum spend`}
                  value={tier.min_spend}
                  onChange={(e) => update(tier.key, { min_spend: e.target.value })}
                />
                <Input
                  size="small"
                  type="number"
                  min={0}
                  max={10}
                  step="0.1"
                  aria-label={`Tier ${i + 1} multiplier`}
                  value={tier.multiplier}
                  onChange={(e) => update(tier.key, { multiplier: e.target.value })}
                />
                <IconButton
                  size="small"
                  variant="transparent"
                  type="button"
                  aria-label={`Remove tier ${i + 1}`}
                  onClick={() => onChange(tiers.filter((t) => t.key !== tier.key))}
                >
                  <Trash />
                </IconButton>
              </div>
              {errors[`tier.${i}`] && (
                <Text size="xsmall" className="text-ui-fg-error">
                  {errors[`tier.${i}`]}
                </Text>
              )}
            </div>
          ))}
        </div>
      )}
      {errors.tiers && (
        <Text size="xsmall" className="text-ui-fg-error">
          {errors.tiers}
        </Text>
      )}
    </section>
  )
}
