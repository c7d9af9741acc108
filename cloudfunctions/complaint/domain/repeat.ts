/**
 * A4-R4 repeat detection: a complaint that raises, from the same complainant, the same category
 * and place as an earlier one that was already handled and answered, without new facts. The
 * system only proposes; staff decide. Texts are compared as sets of character pairs (Dice
 * coefficient), after removing words that say "again" without adding a fact.
 */
import type { Complaint } from './model'

/** Phrases that restate a complaint without adding a fact (之前处理过了，还是不满意 …). */
const RESTATEMENTS = [
  '之前',
  '上次',
  '以前',
  '已经',
  '处理过了',
  '处理过',
  '反映过',
  '投诉过',
  '还是',
  '依然',
  '仍然',
  '一直',
  '再次',
  '又',
  '还',
  '不满意',
  '没解决',
  '没有解决',
  '的问题',
  '问题',
  '我',
  '了',
  '的',
  '，',
  '。',
  '！',
  '？',
  ',',
  '.',
  '!',
  '?',
  ' ',
]

function pairs(text: string): Set<string> {
  let t = text
  for (const p of RESTATEMENTS) t = t.split(p).join('')
  const chars = Array.from(t)
  const out = new Set<string>()
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1])
  return out
}

/** Dice coefficient of two texts' character pairs, 0…1. */
export function similarity(a: string, b: string): number {
  const x = pairs(a)
  const y = pairs(b)
  if (!x.size || !y.size) return 0
  let common = 0
  for (const p of x) if (y.has(p)) common++
  return (2 * common) / (x.size + y.size)
}

/** Share of the new text's pairs that the earlier complaint and its answer do not contain, 0…1. */
export function novelty(newText: string, earlier: string): number {
  const x = pairs(newText)
  if (!x.size) return 0
  const y = pairs(earlier)
  let fresh = 0
  for (const p of x) if (!y.has(p)) fresh++
  return fresh / x.size
}

export interface RepeatCandidate {
  complaint: Complaint
  placeSimilarity: number
  novelty: number
  /** True when the procedure's A4-R4 conditions all seem to hold. */
  proposeRefusal: boolean
  reason: string
}

const ANSWERED = new Set(['resolved', 'return_visit', 'closed'])

/**
 * Earlier complaints of the same complainant in the same category that look like `c`.
 * @param earlier the complainant's other complaints (any state).
 */
export function repeatCandidates(c: Complaint, earlier: Complaint[]): RepeatCandidate[] {
  return earlier
    .filter((e) => e._id !== c._id && e.category === c.category && e.createdAt < c.createdAt)
    .map((e) => {
      const placeSimilarity = c.location === e.location ? 1 : similarity(c.location, e.location)
      const n = novelty(c.description, `${e.location}${e.description}${e.result?.summary ?? ''}`)
      const answered = ANSWERED.has(e.status) && !!e.result
      const samePlace = placeSimilarity >= 0.6
      const proposeRefusal = answered && samePlace && n <= 0.35
      const reason = !answered
        ? '此前的投诉尚未处理答复，不属于重复投诉'
        : !samePlace
          ? '地点不同'
          : proposeRefusal
            ? `同一投诉人、同类别、同地点，此前已处理答复（${e.no}），本次未见新事实或新理由，可考虑以“重复投诉且无新事实”不予受理`
            : '同一地点的同类投诉，但本次有新的事实或理由，建议受理'
      return { complaint: e, placeSimilarity, novelty: n, proposeRefusal, reason }
    })
    .filter((r) => r.placeSimilarity >= 0.6)
    .sort((a, b) => Number(b.proposeRefusal) - Number(a.proposeRefusal) || b.complaint.createdAt - a.complaint.createdAt)
}
