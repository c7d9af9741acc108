/**
 * Emergency detection at filing (issue 14, H1-E): a complaint's text, with its place, is checked
 * against the office's emergency rules. A rule fires when one of its terms is found and no cue
 * says the mention is negated, past, resolved or hypothetical ("上周电梯困人已解决" does not
 * fire). The result names the rule and quotes the words that fired it, and lists the mentions
 * that were set aside and why, so staff can overrule either way. Pure, no I/O.
 */
import { DEFAULT_EMERGENCY_RULES, EMERGENCY_HINTS, type EmergencyRule, type EmergencySettings, type HintKey } from './rules'
import { termSet, type Span, type TermSet } from './terms'
import { DISCOUNT_LABELS, excerptOf, normalizeText, sentenceAt, standingMentions, wordsAt, type Discount } from './text'

/** What the complaint says besides its text. */
export interface EmergencyContext {
  category?: string
  location?: string
}

/** A rule that fired: its words (the resident's own) and where they stand. */
export interface EmergencyMatch {
  rule: { id: string; name: string; hint: HintKey }
  words: string[]
  excerpt: string
}

/** A mention set aside, and why ("上周" → past). */
export interface DiscountedMention {
  rule: { id: string; name: string }
  words: string
  excerpt: string
  kind: Discount
  cue: string
  reason: string
}

export interface EmergencyResult {
  emergency: boolean
  matched: EmergencyMatch[]
  negatedOrPast: DiscountedMention[]
  /** What the resident should do now, one per hint of the rules that fired. */
  hints: { key: HintKey; text: string }[]
  /** One Chinese sentence for staff: which rules fired on which words, or why none did. */
  reason: string
}

interface Compiled {
  terms: TermSet
  exclude: string[]
  unless: string[]
}
const cache = new WeakMap<EmergencyRule, Compiled>()
function compiled(rule: EmergencyRule): Compiled {
  let c = cache.get(rule)
  if (!c) {
    c = { terms: termSet(rule.terms), exclude: rule.exclude.map(normalizeText), unless: (rule.unless ?? []).map(normalizeText) }
    cache.set(rule, c)
  }
  return c
}

/** True when an exclude phrase ("打不着火") covers part of the span. */
function excluded(text: string, span: Span, phrases: string[]): boolean {
  return phrases.some((p) => {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) if (i < span.end && span.start < i + p.length) return true
    return false
  })
}

/** The word of the rule's `unless` list that stands in the mention's sentence, if any. */
function explainedBy(text: string, span: Span, words: string[]): string | undefined {
  const sentence = text.slice(...sentenceAt(text, span.start))
  return words.find((w) => sentence.includes(w))
}

/** A rule's mentions that stand, and those set aside (negated, past … or explained by an `unless` word). */
function mentionsOf(norm: string, c: Compiled) {
  const { standing, discounted } = standingMentions(norm, c.terms)
  const kept: Span[] = []
  for (const s of standing) {
    const why = explainedBy(norm, s, c.unless)
    if (why) discounted.push({ ...s, kind: 'explained', cue: why })
    else if (!excluded(norm, s, c.exclude)) kept.push(s)
  }
  return { kept, discounted: discounted.filter((s) => !excluded(norm, s, c.exclude)) }
}

const applies = (rule: EmergencyRule, category?: string) =>
  rule.enabled && (!rule.categories?.length || (category !== undefined && (rule.categories as string[]).includes(category)))

/**
 * Checks a complaint for an emergency (H1-E).
 * @param text the complaint's description as the complainant wrote it
 * @param context its category and place (the place is read as part of the text: "8栋电梯" + "困住了")
 * @param rules the office's rules (`effectiveRules(settings)`); the built-in list by default
 * @returns `emergency` and the rules that fired with their words, the mentions set aside, the
 *   resident's hints and a reason in Chinese. Never throws for any text.
 */
export function detectEmergency(
  text: string,
  context: EmergencyContext = {},
  rules: readonly EmergencyRule[] = DEFAULT_EMERGENCY_RULES,
): EmergencyResult {
  const original = context.location ? `${context.location}：${text ?? ''}` : (text ?? '')
  const norm = normalizeText(original)
  const matched: EmergencyMatch[] = []
  const negatedOrPast: DiscountedMention[] = []
  for (const rule of rules) {
    if (!applies(rule, context.category)) continue
    const { kept, discounted } = mentionsOf(norm, compiled(rule))
    if (kept.length)
      matched.push({
        rule: { id: rule.id, name: rule.name, hint: rule.hint },
        words: unique(kept.map((s) => wordsAt(original, s))),
        excerpt: excerptOf(original, kept[0]),
      })
    for (const d of discounted) {
      const words = wordsAt(original, d)
      negatedOrPast.push({
        rule: { id: rule.id, name: rule.name },
        words,
        excerpt: excerptOf(original, d),
        kind: d.kind,
        cue: d.cue,
        reason: `“${words}”属于${DISCOUNT_LABELS[d.kind]}（“${d.cue}”）`,
      })
    }
  }
  const hints = unique(matched.map((m) => m.rule.hint)).map((key) => ({ key: key as HintKey, text: EMERGENCY_HINTS[key as HintKey] }))
  return { emergency: matched.length > 0, matched, negatedOrPast, hints, reason: reasonOf(matched, negatedOrPast) }
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)]
}

function reasonOf(matched: EmergencyMatch[], set: DiscountedMention[]): string {
  if (matched.length)
    return `疑似紧急情况：${matched.map((m) => `${m.rule.name}（提到${m.words.map((w) => `“${w}”`).join('、')}）`).join('；')}`
  if (set.length) return `未判为紧急：${set.map((d) => d.reason).join('；')}`
  return '未发现紧急情况的描述'
}

/**
 * The rules in force: the built-in list with the manager's extra terms, without the ones turned
 * off, followed by the manager's own rules. Takes validated settings (`emergencySettingsSchema`)
 * or nothing; returns rules for `detectEmergency`.
 */
export function effectiveRules(settings?: Partial<EmergencySettings> | null): EmergencyRule[] {
  const disabled = new Set(settings?.disabled ?? [])
  const added = settings?.addedTerms ?? {}
  const builtIn = DEFAULT_EMERGENCY_RULES.filter((r) => !disabled.has(r.id)).map((r) =>
    added[r.id]?.length ? { ...r, terms: [...r.terms, ...added[r.id]] } : r,
  )
  return [...builtIn, ...(settings?.custom ?? []).filter((r) => r.enabled)]
}
