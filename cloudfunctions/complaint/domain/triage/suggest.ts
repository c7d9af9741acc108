/**
 * Suggestions from a complaint's text for customer service (issue 18) — never decisions: the
 * category and the department it routes to (G2, H1), whether it is about a staff member and which
 * role (H2-S), and a possible refusal ground with the body to refer the resident to (A4-R1,
 * A4-R2, A4-R3). Each comes with a Chinese reason that quotes the words it rests on. It shares
 * the text analysis of the emergency detection (`text.ts`). Pure, no I/O.
 */
import { departmentName, type Department } from '@shared/departments'
import { CATEGORIES, REFUSAL_GROUNDS, type Category, type DepartmentCode, type RefusalGround } from '@shared/vocabulary'
import { FACILITY_KINDS, facilityKindOf } from './facility'
import { CATEGORY_TERMS } from './lexicon'
import { REFERRAL_BODIES, OUTSIDE_MATTERS, IN_PROCEEDINGS, NOT_YET, VENT_WORDS, type ReferralBody } from './refusal-lexicon'
import { aboutStaffOf, type StaffSuggestion } from './staff'
import { findTerms, termSet, type TermSet } from './terms'
import { discountOf, normalizeText, sentenceAt, wordsAt } from './text'

export type { StaffSuggestion } from './staff'

export interface SuggestContext {
  /** The place as typed; its facility kind counts a little towards the category. */
  location?: string
  /** The category the complainant chose: used only when the text names none. */
  chosenCategory?: Category
  /** The office's routing table (settings `routing`, H1). */
  routing: Record<Category, DepartmentCode>
  /** The office's departments (settings `departments`), which name the department routed to. */
  departments: readonly Department[]
  /** False when the registration has no valid contact (A4-R2). */
  hasContact?: boolean
}

export interface CategorySuggestion {
  value: Category
  label: string
  department: DepartmentCode
  departmentLabel: string
  words: string[]
  /** False when another category scored close or the words were few: staff should look twice. */
  confident: boolean
  reason: string
}

export interface RefusalSuggestion {
  ground: RefusalGround
  label: string
  /** Bodies the resident can be referred to (A4-R1); empty for the other grounds. */
  referTo: { body: ReferralBody; label: string }[]
  words: string[]
  reason: string
}

export interface Suggestions {
  category: CategorySuggestion | null
  aboutStaff: StaffSuggestion | null
  refusal: RefusalSuggestion | null
}

const CATEGORY_SETS = Object.entries(CATEGORY_TERMS).map(([category, tiers]) => ({
  category: category as Category,
  set: termSet([...tiers[3], ...tiers[2], ...tiers[1]]),
  weightOf: new Map(([3, 2, 1] as const).flatMap((w) => tiers[w].map((term) => [term, w] as const))),
}))
const quote = (words: string[]) => words.map((w) => `“${w}”`).join('')

/** Category scores from the text's words, plus 1 for the place's facility kind. */
function categoryScores(norm: string, original: string, location?: string) {
  const kind = facilityKindOf(location)
  return CATEGORY_SETS.map(({ category, set, weightOf }) => {
    // No negation here: "没人打扫" is exactly a cleaning complaint.
    const spans = findTerms(norm, set)
    const terms = new Set(spans.map((s) => s.term))
    const score =
      [...terms].reduce((sum, t) => sum + (weightOf.get(t) ?? 0), 0) + (kind && FACILITY_KINDS[kind].category === category ? 1 : 0)
    return { category, score, words: [...new Set(spans.map((s) => wordsAt(original, s)))] }
  }).sort((a, b) => b.score - a.score)
}

/** The category suggestion (G2) and its department by the routing table (H1); null when nothing points anywhere. */
export function suggestCategory(text: string, context: SuggestContext): CategorySuggestion | null {
  const norm = normalizeText(text)
  const [top, second] = categoryScores(norm, text, context.location)
  const make = (value: Category, words: string[], confident: boolean, why: string): CategorySuggestion => {
    const department = context.routing[value]
    const name = departmentName(context.departments, department)
    return {
      value,
      label: CATEGORIES[value],
      department,
      departmentLabel: name,
      words,
      confident,
      reason: `${why}，属于“${CATEGORIES[value]}”，按分派表由${name}处理`,
    }
  }
  if (top.score === 0)
    return context.chosenCategory ? make(context.chosenCategory, [], false, '文中没有类别用词，沿用投诉人所选类别') : null
  const tied = top.score === second.score && context.chosenCategory === second.category ? second : top
  const why = tied.words.length ? `提到${quote(tied.words.slice(0, 4))}` : `地点“${context.location}”`
  return make(tied.category, tied.words, top.score >= 3 && top.score - second.score >= 2, why)
}

const PROCEEDINGS = termSet(IN_PROCEEDINGS)
const OUTSIDE = OUTSIDE_MATTERS.map((m) => ({ matter: m, set: termSet(m.terms) }))
const VENT = [...VENT_WORDS].sort((a, b) => b.length - a.length)

/** Mentions of a set that are not negated, hypothetical or a threat ("再不修我就去起诉"). */
function factual(norm: string, set: TermSet) {
  return findTerms(norm, set).filter((s) => {
    const d = discountOf(norm, s)
    if (d && d.kind !== 'past' && d.kind !== 'resolved') return false
    return !NOT_YET.test(norm.slice(sentenceAt(norm, s.start)[0], s.start))
  })
}

const refusal = (ground: RefusalGround, words: string[], reason: string, bodies: ReferralBody[] = []): RefusalSuggestion => ({
  ground,
  label: REFUSAL_GROUNDS[ground],
  referTo: bodies.map((body) => ({ body, label: REFERRAL_BODIES[body] })),
  words,
  reason,
})

/** What is left of a text once venting words and punctuation are taken out (A4-R2). */
function factsLeft(norm: string): string {
  let t = norm.replace(/[\s\p{P}\p{S}]/gu, '')
  for (const w of VENT) t = t.split(w).join('')
  return t
}

/** A possible refusal ground (A4-R3, A4-R1, A4-R2 in that order), or null. */
export function suggestRefusal(text: string, context: Pick<SuggestContext, 'hasContact'> = {}): RefusalSuggestion | null {
  const norm = normalizeText(text)
  const court = factual(norm, PROCEEDINGS)
  if (court.length) {
    const w = wordsAt(text, court[0])
    return refusal('A4-R3', [w], `提到“${w}”，该事项可能已进入诉讼、仲裁或行政复议程序（A4-R3），请向投诉人核实`)
  }
  for (const { matter, set } of OUTSIDE) {
    const hits = factual(norm, set)
    if (!hits.length) continue
    const w = wordsAt(text, hits[0])
    const to = matter.bodies.map((b) => REFERRAL_BODIES[b]).join('或')
    return refusal('A4-R1', [w], `提到“${w}”，${matter.what}不属于物业管理处职责范围（A4-R1），可引导投诉人向${to}反映`, matter.bodies)
  }
  if (factsLeft(norm).length < 2)
    return refusal('A4-R2', [text.trim()], `内容只有“${text.trim()}”，没有具体的事情、地点或时间（A4-R2），建议先联系投诉人补充事实`)
  if (context.hasContact === false) return refusal('A4-R2', [], '投诉人没有留下有效联系方式（A4-R2），建议先设法取得联系')
  return null
}

/**
 * All suggestions for one complaint text (issue 18).
 * @param text the complaint's description
 * @param context place, chosen category, the routing table and whether a contact exists
 * @returns category with department, the staff role it is about, and a refusal ground — each
 *   null when the text gives no ground for it, each with a Chinese reason quoting the words.
 */
export function suggest(text: string, context: SuggestContext): Suggestions {
  return {
    category: suggestCategory(text ?? '', context),
    aboutStaff: aboutStaffOf(text ?? ''),
    refusal: suggestRefusal(text ?? '', context),
  }
}
