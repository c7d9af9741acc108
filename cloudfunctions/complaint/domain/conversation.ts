/**
 * The conversation on a complaint (C4): a thread between the complainant and the staff handling it
 * — the first-contact owner, customer service, the assignee, their supervisor, and the manager.
 * Who reads what follows G3-P5: the staff member the complaint is about never sees the thread;
 * other staff who may open the complaint but not the complainant's details (masked viewers) see
 * the staff's messages only. Read state is per side: the complainant, and the staff handling it
 * now. Pure.
 */
import { forbidden, invalidState } from './errors'
import type { NotificationIntent } from './lifecycle'
import type { Complaint, PersonRef, ThreadSide } from './model'
import { disclosureOf, type Disclosure } from './disclosure'
import { relationsOf, type Actor } from './policy'
import { handlerTargets, intentsFor } from './effects/resident'
import { BEFORE_DISPATCH, ESCALATED, TERMINAL } from '@shared/status-groups'
import { ROLES, label } from '@shared/vocabulary'

/** One message as stored in the `conversation` collection. */
export interface ThreadMessage {
  _id?: string
  complaintId: string
  complaintNo: string
  side: ThreadSide
  from: PersonRef
  text: string
  photos: string[]
  at: number
  /** Held for staff review by the content check (the message is kept and shown). */
  contentReview?: 'pending' | 'passed'
}

/** How much of the thread a viewer may read. */
export type ThreadAccess = 'full' | 'staff_only' | 'none'

/** The thread a disclosure level reads (disclosure.ts, the one confidentiality rule). */
const ACCESS: Record<Disclosure, ThreadAccess> = {
  complainant: 'full',
  contact: 'full',
  masked: 'staff_only',
  accused: 'none',
  none: 'none',
}

/**
 * G3-P5: the whole thread for its participants — the complainant, and the staff whose post needs
 * the complainant's contact (level `contact`: first-contact owner, customer service, assignee,
 * department supervisor, manager); the staff's messages only for the other staff who may open the
 * complaint (level `masked`); nothing for the staff member it is about (`accused`), nor the timer.
 */
export function threadAccess(c: Complaint, actor: Actor): ThreadAccess {
  return actor.role === 'system' ? 'none' : ACCESS[disclosureOf(c, actor)]
}

/** The side the actor writes on, or null when they do not take part. */
export function sideOf(c: Complaint, actor: Actor): ThreadSide | null {
  if (threadAccess(c, actor) !== 'full') return null
  return relationsOf(c, actor).has('complainant') ? 'complainant' : 'staff'
}

/**
 * Whether the actor is the staff side's reader now — the one the complainant's words are for:
 * customer service or the first-contact owner before dispatch, the manager once escalated, the
 * assignee (or, before one, the department's supervisor and handlers) otherwise. Their reading
 * clears the staff side's badges (C1, C4).
 */
export function handlesNow(c: Complaint, actor: Actor): boolean {
  const r = relationsOf(c, actor)
  if (r.has('subject')) return false
  if (BEFORE_DISPATCH.includes(c.status) || !c.departmentCode) return r.has('customer_service') || r.has('first_contact')
  if (ESCALATED.includes(c.status)) return r.has('manager')
  return c.assignee ? r.has('assignee') : r.has('department_supervisor') || r.has('department_member')
}

/** The side whose reading the actor marks, or null (a participant who is not handling it now reads without clearing badges). */
export function readerSide(c: Complaint, actor: Actor): ThreadSide | null {
  if (relationsOf(c, actor).has('complainant')) return 'complainant'
  return handlesNow(c, actor) ? 'staff' : null
}

/**
 * Why the actor may not write on the thread now, or null.
 * @throws nothing; the use case turns a reason into FORBIDDEN or INVALID_STATE with `postError`.
 */
export function postUnavailable(c: Complaint, actor: Actor): string | null {
  if (!sideOf(c, actor)) return 'forbidden'
  if (TERMINAL.includes(c.status)) return '投诉已结束，不能再留言'
  return null
}

/** The error for a reason of `postUnavailable`. */
export function postError(reason: string) {
  return reason === 'forbidden' ? forbidden('您不是该投诉的沟通对象，不能留言') : invalidState(reason)
}

/**
 * What a new message on `side` changes on the complaint (its thread counts, the writer's side
 * marked as read) and who is told: the staff handling it of the complainant's message, the
 * complainant of a staff reply (by subscription message while they have quota, else in-app).
 */
export function afterMessage(
  c: Complaint,
  side: ThreadSide,
  now: number,
): { patch: Pick<Complaint, 'thread' | 'seen'>; notify: NotificationIntent[] } {
  const t = c.thread ?? { count: 0, lastAt: 0 }
  const thread = { ...t, count: t.count + 1, lastAt: now, ...(side === 'complainant' ? { complainantAt: now } : { staffAt: now }) }
  const notify: NotificationIntent[] =
    side === 'complainant' ? intentsFor('resident_message', handlerTargets(c)) : [{ kind: 'reply', audience: 'complainant' }]
  return { patch: { thread, seen: { ...c.seen, [side]: now } }, notify }
}

/** One message as a viewer sees it. */
export interface MessageView {
  id: string
  side: ThreadSide
  mine: boolean
  /** `我` for the viewer's own; staff by name and role; the complainant as 投诉人 to staff. */
  author: string
  text: string
  photos: { fileID: string; url: string }[]
  at: number
  /** For the viewer's own messages: whether the other side has seen it. */
  read?: boolean
}

/** The thread as a viewer may see it. */
export interface ThreadView {
  access: Exclude<ThreadAccess, 'none'>
  side: ThreadSide | null
  messages: MessageView[]
  /** Messages of the other side the viewer's side has not seen (0 for those who only read). */
  unread: number
  canPost: boolean
  /** Why the viewer may not write, in Chinese (absent when they may). */
  postBlocked?: string
}

const other = (s: ThreadSide): ThreadSide => (s === 'complainant' ? 'staff' : 'complainant')

/** The author's words for one message, as `actor` sees it. */
function authorOf(m: ThreadMessage, mine: boolean): string {
  if (mine) return '我'
  if (m.side === 'complainant') return '投诉人'
  return `${m.from.name}（${label(ROLES, String(m.from.role))}）`
}

/**
 * The thread of `c` for `actor`, from its stored messages (oldest first). `url` turns a fileID into
 * a displayable URL. @throws nothing; call only with access other than 'none'.
 */
export function threadView(c: Complaint, messages: ThreadMessage[], actor: Actor, url: (fileID: string) => string): ThreadView {
  const access = threadAccess(c, actor) as ThreadView['access']
  const side = sideOf(c, actor)
  const seen = c.seen ?? {}
  const shown = access === 'full' ? messages : messages.filter((m) => m.side === 'staff')
  const blocked = postUnavailable(c, actor)
  return {
    access,
    side,
    messages: shown.map((m) => {
      const mine = m.from.openid === actor.openid
      return {
        id: String(m._id ?? ''),
        side: m.side,
        mine,
        author: authorOf(m, mine),
        text: m.text,
        photos: m.photos.map((fileID) => ({ fileID, url: url(fileID) })),
        at: m.at,
        ...(mine ? { read: (seen[other(m.side)] ?? 0) >= m.at } : {}),
      }
    }),
    unread: side ? shown.filter((m) => m.side !== side && m.at > (seen[side] ?? 0)).length : 0,
    canPost: blocked === null,
    ...(blocked && blocked !== 'forbidden' ? { postBlocked: blocked } : {}),
  }
}

/** What needs a viewer's attention on a complaint's card. */
export type Attention = { newInfo?: number; unreadMessages?: boolean }

/**
 * The badges of a complaint for a viewer (C1, C4): for the staff handling it now, the complainant's
 * additions and messages they have not seen; for the complainant, staff replies not yet read.
 */
export function attentionFor(c: Complaint, actor: Actor): Attention {
  const seen = c.seen ?? {}
  if (relationsOf(c, actor).has('complainant')) return (c.thread?.staffAt ?? 0) > (seen.complainant ?? 0) ? { unreadMessages: true } : {}
  return handlesNow(c, actor) ? staffAttention(c, seen.staff ?? 0) : {}
}

/** The badges of the staff side: additions and complainant messages after `since`. */
function staffAttention(c: Complaint, since: number): Attention {
  const out: Attention = {}
  const newInfo = (c.additions ?? []).filter((a) => a.at > since).length
  if (newInfo) out.newInfo = newInfo
  if ((c.thread?.complainantAt ?? 0) > since) out.unreadMessages = true
  return out
}
