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
import { CATEGORY_TERMS, PLACE_WORDS } from './lexicon'
import {
  REFERRAL_BODIES,
  OUTSIDE_MATTERS,
  IN_PROCEEDINGS,
  NOT_YET,
  SENT_ELSEWHERE,
  VENT_WORDS,
  type OutsideMatter,
  type ReferralBody,
} from './refusal-lexicon'
import { aboutStaffOf, type StaffSuggestion } from './staff'
import { STAFF_ROLES } from './staff-lexicon'
import { findTerms, termSet, type Span, type TermSet } from './terms'
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

/** The staff member a complaint is about (H2-S), with the department their role works in by the routing table. */
export interface AboutStaffSuggestion extends StaffSuggestion {
  /** Where the accept form's staff picker starts (a prefill; staff choose the person). */
  department: DepartmentCode
  departmentLabel: string
}

export interface Suggestions {
  category: CategorySuggestion | null
  aboutStaff: AboutStaffSuggestion | null
  refusal: RefusalSuggestion | null
}

const CATEGORY_SETS = Object.entries(CATEGORY_TERMS).map(([category, tiers]) => ({
  category: category as Category,
  set: termSet([...tiers[3], ...tiers[2], ...tiers[1]]),
  weightOf: new Map(([3, 2, 1] as const).flatMap((w) => tiers[w].map((term) => [term, w] as const))),
}))
const PLACES = termSet(PLACE_WORDS)
const quote = (words: string[]) => words.map((w) => `“${w}”`).join('')

/** A category word found in the text, with its weight. */
interface CategoryHit extends Span {
  category: Category | null
  weight: number
}

/**
 * Category words in the text, the longest first across all categories, so a word inside a longer
 * one of another category or inside a place word ("电梯口") does not count. No negation here:
 * "没人打扫" is exactly a cleaning complaint.
 */
function categoryHits(norm: string): CategoryHit[] {
  const all: CategoryHit[] = [
    ...findTerms(norm, PLACES).map((s) => ({ ...s, category: null, weight: 0 })),
    ...CATEGORY_SETS.flatMap(({ category, set, weightOf }) =>
      findTerms(norm, set).map((s) => ({ ...s, category, weight: weightOf.get(s.term) ?? 0 })),
    ),
  ].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: CategoryHit[] = []
  for (const h of all) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h)
  return kept.filter((h) => h.category).sort((a, b) => a.start - b.start)
}

/** Something besides the category words that points to a category: the staff role, the outside matter, the place. */
interface Lean {
  category: Category
  weight: number
  words: string[]
}

/** What leans to a category beyond its words: the role of the staff member it is about (3), an outside matter (3), the place's kind (1). */
function leansOf(text: string, norm: string, location?: string): Lean[] {
  const leans: Lean[] = []
  const staff = aboutStaffOf(text)
  if (staff) leans.push({ category: STAFF_ROLES[staff.role].category, weight: 3, words: staff.words.slice(0, 1) })
  const outside = outsideMatterOf(norm)
  if (outside) leans.push({ category: outside.matter.category, weight: 3, words: [wordsAt(text, outside.hit)] })
  const kind = facilityKindOf(location)
  if (kind) leans.push({ category: FACILITY_KINDS[kind].category, weight: 1, words: [] })
  return leans
}

/** Category scores from the text's words and what leans, highest first. */
function categoryScores(text: string, norm: string, location?: string) {
  const hits = categoryHits(norm)
  const leans = leansOf(text, norm, location)
  return CATEGORY_SETS.map(({ category }) => {
    const mine = hits.filter((h) => h.category === category)
    const terms = new Map(mine.map((h) => [h.term, h.weight]))
    const leaning = leans.filter((l) => l.category === category)
    const score = [...terms.values(), ...leaning.map((l) => l.weight)].reduce((a, b) => a + b, 0)
    const words = [...new Set([...leaning.flatMap((l) => l.words), ...mine.map((h) => wordsAt(text, h))])]
    return { category, score, words }
  }).sort((a, b) => b.score - a.score)
}

/** The category suggestion (G2) and its department by the routing table (H1); null when nothing points anywhere. */
export function suggestCategory(text: string, context: SuggestContext): CategorySuggestion | null {
  const norm = normalizeText(text)
  const [top, second] = categoryScores(text, norm, context.location)
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
  if (top.score === 0) {
    if (context.chosenCategory) return make(context.chosenCategory, [], false, '文中没有类别用词，沿用投诉人所选类别')
    // Venting with no matter is a complaint about the service as a whole (A4-R2 is suggested beside it).
    return factsLeft(norm).length < 2 ? make('customer_service', [], false, '内容只有情绪表达，没有具体事项') : null
  }
  const tied = top.score === second.score && context.chosenCategory === second.category ? second : top
  const why = tied.words.length ? `提到${quote(tied.words.slice(0, 4))}` : `地点“${context.location}”`
  return make(tied.category, tied.words, top.score >= 3 && top.score - second.score >= 2, why)
}

const PROCEEDINGS = termSet(IN_PROCEEDINGS)
const OUTSIDE = OUTSIDE_MATTERS.map((m) => ({ matter: m, set: termSet(m.terms) }))
const VENT = [...VENT_WORDS].sort((a, b) => b.length - a.length)

/**
 * Mentions of a set that are facts: not negated, hypothetical or a threat ("再不修我就去起诉"), and
 * not staff sending the resident elsewhere ("让我自己去找开发商").
 */
function factual(norm: string, set: TermSet) {
  return findTerms(norm, set).filter((s) => {
    const d = discountOf(norm, s)
    if (d && d.kind !== 'past' && d.kind !== 'resolved') return false
    const before = norm.slice(sentenceAt(norm, s.start)[0], s.start)
    return !NOT_YET.test(before) && !SENT_ELSEWHERE.test(before)
  })
}

/** The first matter outside the office's duties the text states (A4-R1), with the words, or null. */
function outsideMatterOf(norm: string): { matter: OutsideMatter; hit: Span } | null {
  for (const { matter, set } of OUTSIDE) {
    const hits = factual(norm, set)
    if (hits.length) return { matter, hit: hits[0] }
  }
  return null
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
  const outside = outsideMatterOf(norm)
  if (outside) {
    const { matter, hit } = outside
    const w = wordsAt(text, hit)
    const to = matter.bodies.map((b) => REFERRAL_BODIES[b]).join('或')
    return refusal('A4-R1', [w], `提到“${w}”，${matter.what}不属于物业管理处职责范围（A4-R1），可引导投诉人向${to}反映`, matter.bodies)
  }
  if (factsLeft(norm).length < 2)
    return refusal('A4-R2', [text.trim()], `内容只有“${text.trim()}”，没有具体的事情、地点或时间（A4-R2），建议先联系投诉人补充事实`)
  if (context.hasContact === false) return refusal('A4-R2', [], '投诉人没有留下有效联系方式（A4-R2），建议先设法取得联系')
  return null
}

function staffWithDepartment(staff: StaffSuggestion | null, context: SuggestContext): AboutStaffSuggestion | null {
  if (!staff) return null
  const department = context.routing[STAFF_ROLES[staff.role].category]
  return { ...staff, department, departmentLabel: departmentName(context.departments, department) }
}

/**
 * All suggestions for one complaint text (issue 18).
 * @param text the complaint's description
 * @param context place, chosen category, the routing table and whether a contact exists
 * @returns category with department, the staff role it is about (with its department), and a refusal ground — each
 *   null when the text gives no ground for it, each with a Chinese reason quoting the words.
 */
export function suggest(text: string, context: SuggestContext): Suggestions {
  return {
    category: suggestCategory(text ?? '', context),
    aboutStaff: staffWithDepartment(aboutStaffOf(text ?? ''), context),
    refusal: suggestRefusal(text ?? '', context),
  }
}
