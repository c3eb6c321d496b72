import { ArrowDownMini, ArrowUpMini } from "@medusajs/icons"
import { Button, Heading, IconButton, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useSearchSettings, useUpdateSearchSettings } from "../../hooks/use-search-settings"
import { errorMessage, formatDate } from "../../lib/format"
import { FormField } from "../common/form-field"
import { ErrorState, LoadingState } from "../common/query-states"
import {
  formatStopWords,
  formatSynonymLines,
  lonelySynonymLines,
  moveRule,
  parseStopWords,
  parseSynonymLines,
  RANKING_RULE_LABELS,
} from "./settings-text"
import type { RankingRule, SearchSettings } from "./types"

/** Synonyms, stop words and the ranking rule order of the store search. */
export const SettingsSection = () => {
  const { data, isLoading, isError, error, refetch } = useSearchSettings()
  return (
    <div className="divide-y">
      <div className="px-6 py-4">
        <Heading level="h2">Tuning</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Stop words and the ranking order apply to the next search. New synonyms are written into the documents: saving
          them rebuilds the index.
        </Text>
      </div>
      {isLoading ? (
        <LoadingState rows={6} label="Loading search settings" />
      ) : isError || !data ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load search settings" />
      ) : (
        <SettingsForm settings={data.search_settings} />
      )}
    </div>
  )
}

const SettingsForm = ({ settings }: { settings: SearchSettings }) => {
  const [synonyms, setSynonyms] = useState(formatSynonymLines(settings.synonyms))
  const [stopWords, setStopWords] = useState(formatStopWords(settings.stop_words))
  const [rules, setRules] = useState<RankingRule[]>(settings.ranking_rules)
  const update = useUpdateSearchSettings()
  useEffect(() => {
    setSynonyms(formatSynonymLines(settings.synonyms))
    setStopWords(formatStopWords(settings.stop_words))
    setRules(settings.ranking_rules)
  }, [settings])

  const lonely = useMemo(() => lonelySynonymLines(synonyms), [synonyms])
  const dirty =
    synonyms !== formatSynonymLines(settings.synonyms) ||
    stopWords !== formatStopWords(settings.stop_words) ||
    rules.join() !== settings.ranking_rules.join()

  const save = () =>
    update.mutate(
      { synonyms: parseSynonymLines(synonyms), stop_words: parseStopWords(stopWords), ranking_rules: rules },
      {
        onSuccess: ({ reindex }) => {
          if (reindex && "error" in reindex) toast.warning("Saved", { description: reindex.error })
          else if (reindex)
            toast.success("Saved", { description: "The product index is being rebuilt for the new synonyms." })
          else toast.success("Saved", { description: "The next search uses the new settings." })
        },
        onError: (e) => toast.error("Could not save the settings", { description: errorMessage(e) }),
      }
    )

  return (
    <div className="flex flex-col gap-y-6 px-6 py-4">
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <FormField
          id="search-synonyms"
          label="Synonyms"
          hint="One group per line, terms separated by commas: every term finds the others (tee, t-shirt)."
          error={lonely.length ? `Line ${lonely.join(", ")}: a group needs at least two terms` : null}
        >
          <Textarea
            id="search-synonyms"
            rows={6}
            value={synonyms}
            onChange={(event) => setSynonyms(event.target.value)}
            placeholder={"tee, t-shirt\nhoodie, hooded sweatshirt"}
          />
        </FormField>
        <FormField
          id="search-stop-words"
          label="Stop words"
          hint="Single words removed from queries before they are matched (a query of stop words only is kept)."
        >
          <Textarea
            id="search-stop-words"
            rows={6}
            value={stopWords}
            onChange={(event) => setStopWords(event.target.value)}
            placeholder="the, a, for"
          />
        </FormField>
      </div>
      <div className="flex flex-col gap-y-2">
        <Text size="small" weight="plus">
          Ranking rules
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          When a shopper does not choose a sort, results are ordered by these rules, top first; each breaks the ties of
          the one above.
        </Text>
        <ol className="flex flex-col gap-y-2" aria-label="Ranking rules">
          {rules.map((rule, i) => (
            <li key={rule} className="bg-ui-bg-subtle flex items-center justify-between gap-x-4 rounded-lg px-3 py-2">
              <div>
                <Text size="small" weight="plus">
                  {i + 1}. {RANKING_RULE_LABELS[rule].label}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {RANKING_RULE_LABELS[rule].hint}
                </Text>
              </div>
              <div className="flex gap-x-1">
                <IconButton
                  size="small"
                  variant="transparent"
                  aria-label={`Move ${RANKING_RULE_LABELS[rule].label} up`}
                  disabled={i === 0}
                  onClick={() => setRules((current) => moveRule(current, i, -1))}
                >
                  <ArrowUpMini />
                </IconButton>
                <IconButton
                  size="small"
                  variant="transparent"
                  aria-label={`Move ${RANKING_RULE_LABELS[rule].label} down`}
                  disabled={i === rules.length - 1}
                  onClick={() => setRules((current) => moveRule(current, i, 1))}
                >
                  <ArrowDownMini />
                </IconButton>
              </div>
            </li>
          ))}
        </ol>
      </div>
      <div className="flex items-center justify-between gap-x-4">
        <Text size="xsmall" className="text-ui-fg-subtle">
          {settings.updated_at
            ? `Last saved ${formatDate(settings.updated_at, true)}`
            : "Not saved yet: defaults apply"}
        </Text>
        <Button size="small" onClick={save} isLoading={update.isPending} disabled={!dirty || lonely.length > 0}>
          Save
        </Button>
      </div>
    </div>
  )
}
