/**
 * Trigger terms: the small pattern language of the triage lexicons and of the emergency rules a
 * manager adds in settings (issue 14). A term is literal Chinese text with two kinds of sugar:
 * `*` — up to 10 characters of the same sentence ("电梯*困" finds "电梯停了，我们困在里面");
 * `(a|b)` — one of the alternatives ("(煤气|燃气)味"). Nothing else is special, so a manager's
 * term can never be a slow or broken regular expression.
 */

/** Characters that end a sentence: a `*` gap never crosses them. */
export const SENTENCE_END = '。！？!?；;\n'
const GAP = `[^${SENTENCE_END}]{0,10}?`
const MAX_GAPS = 3

/** A place in a text: [start, end) in UTF-16 units, and the term that found it. */
export interface Span {
  start: number
  end: number
  /** Where the term's last literal part begins (after its last `*`); `start` for a term without one. */
  tail: number
  term: string
}

/**
 * Why a term cannot be used, in Chinese for the manager typing it, or null when it is fine.
 * Rules: 1–120 characters; parentheses in pairs, not nested, each with at least two non-empty
 * alternatives; at most three `*`, none at either end.
 */
export function termProblem(term: string): string | null {
  const t = term.trim()
  if (!t) return '触发词不能为空'
  if (t.length > 120) return `触发词“${t.slice(0, 12)}…”太长（最多 120 个字符）`
  const problem = SHAPE_CHECKS.find(([bad]) => bad(t))
  return problem ? `触发词“${t}”${problem[1]}` : null
}

/** Parentheses in pairs and never nested. */
function bracketsBalanced(t: string): boolean {
  let depth = 0
  for (const c of t) {
    depth += c === '(' ? 1 : c === ')' ? -1 : 0
    if (depth < 0 || depth > 1) return false
  }
  return depth === 0
}

/** Checks of a term's shape, each with what is wrong, in the order a manager would fix them. */
const SHAPE_CHECKS: [(t: string) => boolean, string][] = [
  [(t) => t.startsWith('*') || t.endsWith('*'), '不能以 * 开头或结尾'],
  [(t) => (t.match(/\*/g) ?? []).length > MAX_GAPS, `最多含 ${MAX_GAPS} 个 *`],
  [(t) => !bracketsBalanced(t), '的括号不成对或有嵌套'],
  [
    (t) =>
      (t.match(/\(([^)]*)\)/g) ?? []).some(
        (g) =>
          g.slice(1, -1).split('|').length < 2 ||
          g
            .slice(1, -1)
            .split('|')
            .some((a) => !a || a.includes('*')),
      ),
    '的括号里应是用 | 分开的两个以上词语',
  ],
  [(t) => /\|/.test(t.replace(/\([^)]*\)/g, '')), '的 | 只能写在括号里'],
]

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')

/** The regular expression of a valid term (global, Unicode). Throws on a term `termProblem` rejects. */
export function compileTerm(term: string): RegExp {
  const problem = termProblem(term)
  if (problem) throw new Error(problem)
  const source = term
    .trim()
    .split(/(\([^)]*\)|\*)/)
    .filter(Boolean)
    .map((part) => {
      if (part === '*') return GAP
      if (part.startsWith('(')) return `(?:${part.slice(1, -1).split('|').map(escape).join('|')})`
      return escape(part)
    })
    .join('')
  return new RegExp(source, 'gu')
}

/** A list of terms compiled once. */
export interface TermSet {
  terms: string[]
  patterns: RegExp[]
  /** Each term's last literal part, anchored at the end of a match. */
  tails: RegExp[]
}

/** The regular expression of what follows a term's last `*`, anchored at the end (null without a `*`). */
function tailOf(term: string): RegExp | null {
  const i = term.lastIndexOf('*')
  return i < 0 ? null : new RegExp(`${compileTerm(term.slice(i + 1)).source}$`, 'u')
}

/** Compiles terms (each must be valid). */
export function termSet(terms: readonly string[]): TermSet {
  return {
    terms: [...terms],
    patterns: terms.map(compileTerm),
    tails: terms.map((t) => tailOf(t) ?? /$/u),
  }
}

/**
 * Every occurrence of any term of the set in `text`, longest first where two overlap, in text
 * order. Takes normalised text (see `normalizeText`); returns spans into it.
 */
export function findTerms(text: string, set: TermSet): Span[] {
  const found: Span[] = []
  set.patterns.forEach((re, i) => {
    re.lastIndex = 0
    for (const m of text.matchAll(re)) {
      const start = tightStart(text, re, m.index ?? 0, (m.index ?? 0) + m[0].length)
      const end = (m.index ?? 0) + m[0].length
      const tail = set.tails[i].exec(text.slice(start, end))
      found.push({ start, end, tail: tail && tail[0] ? end - tail[0].length : start, term: set.terms[i] })
    }
  })
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: Span[] = []
  for (const s of found) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s)
  return kept.sort((a, b) => a.start - b.start)
}

/**
 * The latest start from which the term still matches inside [start, end): "电梯：昨天晚上电梯困"
 * becomes "电梯困", so the cues before a mention are read before its nearest words.
 */
function tightStart(text: string, re: RegExp, start: number, end: number): number {
  const sticky = new RegExp(re.source, 'uy')
  let best = start
  for (let s = start + 1; s < end; s++) {
    sticky.lastIndex = s
    const m = sticky.exec(text)
    if (m && s + m[0].length <= end) best = s
  }
  return best
}

/** True when some term of the set occurs in `text`. */
export function hasTerm(text: string, set: TermSet): boolean {
  return set.patterns.some((re) => {
    re.lastIndex = 0
    return re.test(text)
  })
}
