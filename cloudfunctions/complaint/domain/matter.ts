/**
 * Matters (事项, issue 18): one thing many residents complain about, handled once. A matter is a
 * record of its own (collection `matters`) that links complaints of one estate; the first one is
 * its lead complaint, on which the matter is investigated, planned and answered through the
 * ordinary transitions, and whose result is shared with every linked complaint (`share_result`,
 * lifecycle.ts). Each complainant rates their own complaint; a reopening is theirs alone (F3,
 * docs/DESIGN.md "Matters"). Pure rules: what may be linked, unlinked or started, and what a link
 * writes. The use cases (actions/matter/) load, decide with these, and write.
 */
import { DEFAULT_ESTATE, MATTER_MAX_LINKED, type MatterStatus } from '@shared/matters'
import { ACTION_LABELS, STATUSES, type Category, type Status } from '@shared/vocabulary'
import type { NewEvent } from './history'
import type { Complaint, PersonRef } from './model'

/** A notice sent to a matter's complainants (and optionally a building's residents). */
export interface MatterNotice {
  id: string
  text: string
  /** The building whose residents were told too (`3栋`), when one was chosen. */
  building?: string
  by: PersonRef
  at: number
  /** How many people it was addressed to. */
  recipients: number
}

/** A matter as stored. Collection `matters`. */
export interface Matter {
  _id: string
  /** Human-readable number, `SX<yyyymmdd>-<nnnn>` (Shanghai day). */
  no: string
  version: number
  estate: string
  title: string
  category: Category
  location: string
  status: MatterStatus
  /** The lead complaint: the matter is handled on it. */
  leadId: string
  /** Every complaint linked now, the lead first. */
  complaintIds: string[]
  createdBy: PersonRef
  createdAt: number
  updatedAt: number
  /** When a complaint was last linked: candidates are scored on it (matter-candidates.ts). */
  lastLinkedAt: number
  /** When the lead's result was shared with every linked complaint. */
  resolvedAt?: number
  notices: MatterNotice[]
}

/** The estate a complaint belongs to; until issue 16 every complaint is of DEFAULT_ESTATE. */
export const estateOf = (c: Pick<Complaint, 'estate'>): string => c.estate ?? DEFAULT_ESTATE

/**
 * States a complaint may join a matter in: accepted (A2-3 judged by customer service) and with a
 * department, before its result. A reopened complaint (F3) is handled on its own and joins none.
 */
export const LINKABLE: readonly Status[] = ['accepted', 'dispatched', 'investigating', 'plan_pending', 'handling']

/** Why complaint `c` cannot take part in any matter now (joining or starting one), or null. */
export function joinProblem(c: Complaint): string | null {
  if (c.matter) return `该投诉已关联事项 ${c.matter.no}，请先解除关联`
  // H2-S, G3-P5: a complaint about a staff member is heard on its own; a matter would share its result.
  if (c.subjectStaff) return '涉及员工本人的投诉需单独处理，不能关联事项'
  if (c.status === 'submitted' || c.status === 'awaiting_confirmation') return '请先受理该投诉，再关联事项'
  if (!LINKABLE.includes(c.status)) return `投诉当前为“${STATUSES[c.status]}”，不能关联事项`
  return null
}

/**
 * Why complaint `c` cannot be linked into matter `m`, or null: already in it, in another matter,
 * of another estate, the matter finished or full, or the complaint's own state (joinProblem).
 */
export function linkProblem(c: Complaint, m: Matter): string | null {
  if (c.matter?.id === m._id || m.complaintIds.includes(c._id)) return `该投诉已在事项 ${m.no} 中`
  if (m.status !== 'open') return `事项 ${m.no} 已办结，不能再关联投诉`
  if (estateOf(c) !== m.estate) return '不能关联其他小区的投诉'
  if (m.complaintIds.length >= MATTER_MAX_LINKED) return `一个事项最多关联 ${MATTER_MAX_LINKED} 件投诉`
  return joinProblem(c)
}

/** Why complaint `c` and `other` cannot form a new matter, or null (a complaint with itself, two estates, either's state). */
export function pairProblem(c: Complaint, other: Complaint): string | null {
  if (c._id === other._id) return '不能将投诉关联到它自己'
  if (estateOf(c) !== estateOf(other)) return '不能关联其他小区的投诉'
  return joinProblem(other) ?? joinProblem(c)
}

/**
 * Why complaint `c` cannot leave matter `m`, or null: not in it, the matter finished (its result
 * was shared), the lead (the matter is handled on it), or the last complaint of the matter.
 */
export function unlinkProblem(c: Complaint, m: Matter | null): string | null {
  if (!c.matter || !m || !m.complaintIds.includes(c._id)) return '该投诉未关联事项'
  if (m.status !== 'open') return `事项 ${m.no} 已办结，不能解除关联`
  if (m.complaintIds.length <= 1) return '这是该事项的最后一件投诉，不能解除关联'
  if (m.leadId === c._id) return '这是事项的主办投诉，事项在它上面处理，不能解除关联；请解除其他投诉的关联'
  return null
}

/** A new matter started from complaint `lead` (its number is given by the repository). */
export function newMatter(lead: Complaint, title: string, by: PersonRef, now: number): Omit<Matter, '_id' | 'no'> {
  return {
    version: 1,
    estate: estateOf(lead),
    title: title || lead.location,
    category: lead.category,
    location: lead.location,
    status: 'open',
    leadId: lead._id,
    complaintIds: [lead._id],
    createdBy: by,
    createdAt: now,
    updatedAt: now,
    lastLinkedAt: now,
    notices: [],
  }
}

/** What one link or unlink writes: the complaint after it, the matter after it, the complaint's event. */
export interface LinkChange {
  complaint: Complaint
  matter: Matter
  event: NewEvent
}

/** Complaint `c` linked into matter `m` by `by` at `now` (check linkProblem first). Its status stays; its history gains an event. */
export function link(c: Complaint, m: Matter, by: PersonRef, now: number): LinkChange {
  const lead = m.leadId === c._id
  return {
    complaint: { ...c, matter: { id: m._id, no: m.no, lead, at: now }, version: c.version + 1, updatedAt: now },
    matter: {
      ...m,
      complaintIds: lead ? m.complaintIds : [...m.complaintIds, c._id],
      lastLinkedAt: now,
      version: m.version + 1,
      updatedAt: now,
    },
    event: {
      action: 'link_matter',
      actor: by,
      at: now,
      from: c.status,
      to: c.status,
      reason: lead ? `以此投诉立事项 ${m.no}（主办）` : `并入事项 ${m.no}，与同一事项的投诉合并处理`,
      data: { matterNo: m.no, lead },
    },
  }
}

/**
 * Complaint `c` unlinked from matter `m` (check unlinkProblem first): the link is removed, nothing
 * of the complaint's own record or history is — it goes on as a complaint of its own.
 */
export function unlink(c: Complaint, m: Matter, by: PersonRef, now: number, reason: string): LinkChange {
  const { matter: _gone, ...rest } = c
  return {
    complaint: { ...rest, version: c.version + 1, updatedAt: now },
    matter: { ...m, complaintIds: m.complaintIds.filter((id) => id !== c._id), version: m.version + 1, updatedAt: now },
    event: {
      action: 'unlink_matter',
      actor: by,
      at: now,
      from: c.status,
      to: c.status,
      reason: reason || `${ACTION_LABELS.unlink_matter} ${m.no}，改为单独处理`,
      data: { matterNo: m.no },
    },
  }
}

/**
 * The complaint the matter should be handled on now: the lead while it is still on its way to a
 * result; otherwise (withdrawn or refused, C3) the first linked complaint that still is — or null.
 */
export function leadAfter(m: Matter, linked: Complaint[]): Complaint | null {
  const open = (c: Complaint) => LINKABLE.includes(c.status) || c.status === 'reopened'
  const byId = new Map(linked.map((c) => [c._id, c]))
  const lead = byId.get(m.leadId)
  if (lead && (open(lead) || lead.result)) return lead
  // The first in the matter's own order (the order they were linked), whatever order they were read in.
  const next = m.complaintIds.map((id) => byId.get(id)).find((c) => c && c._id !== m.leadId && open(c))
  return next ?? null
}

/** States whose complaint takes the lead's result (`share_result`, lifecycle.ts). */
export const TAKES_SHARED_RESULT: readonly Status[] = LINKABLE
