/**
 * Whether a complaint is about a staff member's attitude or conduct (H2-S), and which role:
 * a conduct word (骂人, 推搡, 态度恶劣, 收红包 …) tied to a role the resident names (保安, 保洁,
 * 客服, 维修工 …) — in the same clause, or earlier in the sentence with nobody else acting in
 * between ("保安不管，有人在喝酒" is not about the guard). Negated conduct ("从来不骂人") does not count.
 */
import { CONDUCT_TERMS, NOT_STAFF, OTHER_ACTORS, PRONOUNS, STAFF_ROLES, type StaffRoleKind } from './staff-lexicon'
import { findTerms, termSet, type Span } from './terms'
import { clauseAt, negationOf, normalizeText, sentenceAt, wordsAt } from './text'

export interface StaffSuggestion {
  role: StaffRoleKind
  label: string
  /** The role word and the conduct words, as the resident wrote them. */
  words: string[]
  reason: string
}

const CONDUCT = termSet(CONDUCT_TERMS)
const ROLE_SETS = Object.entries(STAFF_ROLES).map(([role, r]) => ({ role: role as StaffRoleKind, set: termSet(r.terms) }))

interface RoleMention extends Span {
  role: StaffRoleKind
}

function roleMentions(norm: string): RoleMention[] {
  const inOther = (s: Span) => NOT_STAFF.some((p) => norm.slice(Math.max(0, s.start - p.length), s.end + p.length).includes(p))
  return ROLE_SETS.flatMap(({ role, set }) => findTerms(norm, set).map((s) => ({ ...s, role })))
    .filter((m) => !inOther(m))
    .sort((a, b) => a.start - b.start)
}

/** The role a conduct mention is about, or null. */
function roleFor(norm: string, conduct: Span, roles: RoleMention[]): RoleMention | null {
  const [cStart, cEnd] = clauseAt(norm, conduct.start)
  const sameClause = roles.filter((r) => r.start >= cStart && r.end <= cEnd)
  if (sameClause.length)
    return sameClause.reduce((a, b) => (Math.abs(a.start - conduct.start) <= Math.abs(b.start - conduct.start) ? a : b))
  const [sStart] = sentenceAt(norm, conduct.start)
  const earlier = roles.filter((r) => r.start >= sStart && r.end <= conduct.start).pop()
  if (!earlier) return null
  const between = norm.slice(earlier.end, conduct.start)
  const clause = norm.slice(cStart, conduct.start)
  if (OTHER_ACTORS.some((a) => between.includes(a))) return null
  // A later clause with a subject of its own must point back at the role ("他还骂人").
  const ownSubject = /^(?:我|我们|业主|他们)/u.test(clause)
  return ownSubject && !PRONOUNS.some((p) => clause.includes(p)) ? null : earlier
}

/** The staff role a complaint is about (H2-S), with the words and a reason, or null. */
export function aboutStaffOf(text: string): StaffSuggestion | null {
  const norm = normalizeText(text)
  const roles = roleMentions(norm)
  if (!roles.length) return null
  for (const c of findTerms(norm, CONDUCT)) {
    if (negationOf(norm, c)) continue
    const r = roleFor(norm, c, roles)
    if (!r) continue
    const near = Math.max(r.end, c.end) - Math.min(r.start, c.start) <= 16 && clauseAt(norm, r.start)[0] === clauseAt(norm, c.start)[0]
    const shown = near
      ? `“${text.slice(Math.min(r.start, c.start), Math.max(r.end, c.end))}”`
      : `“${wordsAt(text, r)}”和“${wordsAt(text, c)}”`
    return {
      role: r.role,
      label: STAFF_ROLES[r.role].label,
      words: [wordsAt(text, r), wordsAt(text, c)],
      reason: `提到${shown}，是对${STAFF_ROLES[r.role].label}言行的投诉（H2-S：结论前先听取当事员工的陈述）`,
    }
  }
  return null
}
