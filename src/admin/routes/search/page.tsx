import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MagnifyingGlassMini } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { IndexStatusSection } from "../../components/search/index-status-section"
import { InsightsSection } from "../../components/search/insights-section"
import { SettingsSection } from "../../components/search/settings-section"

/** Store search: the product index (provider, status, rebuild), analytics, and tuning. */
const SearchPage = () => (
  <div className="flex flex-col gap-y-3">
    <Container className="px-6 py-4">
      <Heading level="h1">Search</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        The product search behind POST /store/search: kept up to date from product, price, stock and category changes.
      </Text>
    </Container>
    <Container className="p-0">
      <IndexStatusSection index="product" />
    </Container>
    <Container className="p-0">
      <InsightsSection />
    </Container>
    <Container className="p-0">
      <SettingsSection />
    </Container>
  </div>
)

export const config = defineRouteConfig({ label: "Search", icon: MagnifyingGlassMini })

export default SearchPage
