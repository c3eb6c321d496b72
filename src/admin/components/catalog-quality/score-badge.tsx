import { Badge } from "@medusajs/ui"

/** Green from 80, orange from 50, red below. */
export const scoreColor = (score: number) => (score >= 80 ? "green" : score >= 50 ? "orange" : "red")

export const ScoreBadge = ({ score }: { score: number }) => (
  <Badge size="2xsmall" color={scoreColor(score)}>
    {score}
  </Badge>
)
