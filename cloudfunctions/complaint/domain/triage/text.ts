/**
 * The text analysis the emergency detection (issue 14, H1-E) and the suggestions for customer
 * service (issue 18) share: one spelling of the text, sentence and clause bounds, and the cues
 * that say a mention is not happening now — negated ("没有闻到煤气味"), past ("上周电梯困人"),
 * resolved ("……已解决"), or hypothetical ("万一起火"). Pure, no I/O.
 */
import { SENTENCE_END, termSet, findTerms, type Span } from './terms'

/** Traditional characters residents type for the words the lexicons use, one for one. */
const TRADITIONAL: Record<string, string> = {
  電: '电',
  氣: '气',
  燒: '烧',
  傷: '伤',
  滅: '灭',
  險: '险',
  災: '灾',
  煙: '烟',
  門: '门',
  墜: '坠',
  樓: '楼',
  裡: '里',
  裏: '里',
  頭: '头',
  會: '会',
  沒: '没',
  關: '关',
  開: '开',
  爐: '炉',
  線: '线',
  鎖: '锁',
  觸: '触',
  層: '层',
  車: '车',
  庫: '库',
  漲: '涨',
  髒: '脏',
  員: '员',
  態: '态',
  罵: '骂',
  紅: '红',
  錢: '钱',
  處: '处',
  經: '经',
  決: '决',
  還: '还',
  來: '来',
}
/** Typos and dialect spellings seen in complaints, each replaced by a text of the same length. */
const TYPOS: [string, string][] = [
  ['电悌', '电梯'],
  ['电题', '电梯'],
  ['煤汽', '煤气'],
  ['燃汽', '燃气'],
  ['天燃气', '天然气'],
  ['露电', '漏电'],
  ['著火', '着火'],
  ['困注', '困住'],
  ['暴管', '爆管'],
]

/**
 * One spelling of a complaint text for matching, the same length as the input so that spans
 * found in it quote the resident's own words: full-width letters and digits as ASCII, the
 * traditional characters above as simplified, common typos corrected.
 */
export function normalizeText(text: string): string {
  let out = ''
  for (const ch of text) {
    const n = ch.normalize('NFKC')
    const t = TRADITIONAL[ch] ?? (n.length === ch.length ? n : ch)
    out += t.length === ch.length ? t : ch
  }
  for (const [typo, right] of TYPOS) out = out.split(typo).join(right)
  return out
}

const isEnd = (c: string) => SENTENCE_END.includes(c)
const isClauseEnd = (c: string) => isEnd(c) || '，,、：:…~～ \t'.includes(c)

/** The sentence around position i: [start, end). */
export function sentenceAt(text: string, i: number): [number, number] {
  let s = i
  while (s > 0 && !isEnd(text[s - 1])) s--
  let e = i
  while (e < text.length && !isEnd(text[e])) e++
  return [s, e]
}

/** The clause (between commas) around position i: [start, end). */
export function clauseAt(text: string, i: number): [number, number] {
  let s = i
  while (s > 0 && !isClauseEnd(text[s - 1])) s--
  let e = i
  while (e < text.length && !isClauseEnd(text[e])) e++
  return [s, e]
}

/** Why a mention does not count as happening now. */
export type Discount = 'negated' | 'past' | 'resolved' | 'hypothetical' | 'elsewhere' | 'explained'

/** Chinese names of the discounts, for the reasons staff read. */
export const DISCOUNT_LABELS: Record<Discount, string> = {
  negated: '否定',
  past: '过去的事',
  resolved: '已解决',
  hypothetical: '假设或担心',
  elsewhere: '传闻或别处的事',
  explained: '另有无害来源',
}

/** A negation right before the mention: "没有闻到煤气味", "不是着火", "无人受伤". Not "没想到", "没人应". */
const NEGATION = /(?:没有|没|无|未|不是|并非|并不是|不存在|从来不|从不)(?!想到|料到|多久|一会|办法|法)[^，,。！？!?；;\s]{0,3}$/u
/** A time that puts the mention in the past, earlier in its sentence. */
const PAST =
  /(?:上周|上个?星期|上个?礼拜|上个?月|去年|前年|那年|前几天|前些天|前阵子|前段时间|之前|以前|曾经|那次|上次|上回|前[一两三四五六七八九十几]天|前天|昨天|昨晚|昨日|几天前|[0-9一两二三四五六七八九十几]+(?:天|周|个月|年)前)/u
/** Signs the matter is going on now, which outweigh a past time ("昨晚开始漏水，现在还在漏"). */
const ONGOING =
  /(?:现在(?![^，,。！？]{0,2}(?:也|还|都)没)|目前|此刻|正在|还在|仍在|依然在|又(?:有|在|开始)|刚才|刚刚|快来|赶紧|马上|救命|速来)/u
/** A fix or an end reported after the mention ("已解决", "救出来了"), unless itself negated ("还没救出来"). */
const RESOLVED =
  /(?<!没|未|还没|没有|不|没能)(?:已经?解决|解决了|修好|已经?修复|修复了|处理好|已经?处理|处理完|已经?恢复|恢复了|救出来|已经?救出|扑灭|已经?排除|排除了|没事了|已经?出来了|平安出来)/u
/** Words that make what follows a supposition, a worry or a drill ("万一起火", "担心会漏气"). */
const HYPOTHETICAL =
  /(?:万一|如果|要是|假如|假设|倘若|一旦|若是|会不会|就怕|生怕|担心|以防|防止|避免|预防|容易|可能会|迟早|早晚|演练|模拟|怎么办|应该打)/u
/** Hearsay or another place: "听说隔壁小区燃气爆炸了". */
const ELSEWHERE = /(?:听说|据说|新闻|报道|隔壁小区|别的小区|其他小区|外地|网上)/u
/** Words right after a mention that make it a risk or a topic, not an event ("火灾隐患", "烟雾报警器"). */
const TOPIC_AFTER = /^(?:的)?(?:隐患|风险|危险性|演练|预案|知识|宣传|培训|报警器|应急电话|的事|那件事|事件|怎么办)/u

/**
 * The negation right before a mention ("没有闻到" before 煤气味), or null. When the mention runs
 * over a comma, the clause of its last part is read too ("电梯急停了一下，还好没有困人").
 */
export function negationOf(text: string, span: Pick<Span, 'start' | 'tail'>): string | null {
  const [cStart] = clauseAt(text, span.start)
  const [lastClause] = clauseAt(text, span.tail)
  const neg =
    NEGATION.exec(text.slice(cStart, span.start)) ?? (lastClause > span.start ? NEGATION.exec(text.slice(lastClause, span.tail)) : null)
  return neg ? neg[0] : null
}

/**
 * Whether a mention at [start, end) of `text` is not happening now, and the cue that says so.
 * Looks at its clause for a negation, its sentence for a past time (outweighed by an ongoing
 * sign), a supposition or a topic word, and what follows up to the end of the next sentence for a
 * fix. Returns null when the mention stands.
 */
export function discountOf(text: string, span: Pick<Span, 'start' | 'end' | 'tail'>): { kind: Discount; cue: string } | null {
  const [sStart, sEnd] = sentenceAt(text, span.start)
  const neg = negationOf(text, span)
  if (neg) return { kind: 'negated', cue: neg }
  const before = text.slice(sStart, span.start)
  const hypo = HYPOTHETICAL.exec(before.slice(-14))
  if (hypo) return { kind: 'hypothetical', cue: hypo[0] }
  // Hearsay may stand before the mention or inside it, when the place and the text are read as one ("电梯：听说隔壁小区有人被困").
  const away = ELSEWHERE.exec(before) ?? ELSEWHERE.exec(text.slice(span.start, span.end))
  if (away) return { kind: 'elsewhere', cue: away[0] }
  const topic = TOPIC_AFTER.exec(text.slice(span.end))
  if (topic) return { kind: topic[0].includes('事') ? 'past' : 'hypothetical', cue: topic[0] }
  const nextEnd = sentenceAt(text, Math.min(text.length, sEnd + 1))[1]
  const fixed = RESOLVED.exec(text.slice(span.end, nextEnd))
  if (fixed) return { kind: 'resolved', cue: fixed[0] }
  const past = PAST.exec(before)
  if (past && !ONGOING.test(text.slice(sStart, sEnd))) return { kind: 'past', cue: past[0] }
  return null
}

/** A short piece of the text around a span, for staff to read the mention in context. */
export function excerptOf(text: string, span: Pick<Span, 'start' | 'end'>, width = 12): string {
  const [sStart, sEnd] = sentenceAt(text, span.start)
  const from = Math.max(sStart, span.start - width)
  const to = Math.min(Math.max(sEnd, span.end), span.end + width)
  return `${from > sStart ? '…' : ''}${text.slice(from, to)}${to < sEnd ? '…' : ''}`
}

/** Mentions of a term set in normalised text that stand, and the ones a cue discounts. */
export function standingMentions(
  text: string,
  set: ReturnType<typeof termSet>,
): { standing: Span[]; discounted: (Span & { kind: Discount; cue: string })[] } {
  const standing: Span[] = []
  const discounted: (Span & { kind: Discount; cue: string })[] = []
  for (const s of findTerms(text, set)) {
    const d = discountOf(text, s)
    if (d) discounted.push({ ...s, ...d })
    else standing.push(s)
  }
  return { standing, discounted }
}

/** The resident's words at a span (normalised text has the same length as the original). */
export const wordsAt = (original: string, span: Pick<Span, 'start' | 'end'>) => original.slice(span.start, span.end)
