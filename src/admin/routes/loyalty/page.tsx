import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Sparkles } from "@medusajs/icons"
import { Heading, Text } from "@medusajs/ui"
import { LiabilitySection } from "../../components/loyalty/liability-section"
import { RulesSection } from "../../components/loyalty/rules-section"

/** Loyalty settings: rules per currency, liability and ledger health. */
const LoyaltyPage = () => (
  <div className="flex flex-col gap-y-3">
    <div className="px-1 py-2">
      <Heading level="h1">Loyalty</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Points programs per currency, and the points your customers hold.
      </Text>
    </div>
    <RulesSection />
    <LiabilitySection />
  </div>
)

export const config = defineRouteConfig({ label: "Loyalty", icon: Sparkles })

export default LoyaltyPage
