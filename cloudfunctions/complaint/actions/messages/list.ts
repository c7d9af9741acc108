/**
 * messages.list — the caller's in-app messages (the fallback channel of every notification),
 * newest first. G3-P5, H2-S: a message about a complaint later found to be about the caller is
 * shown as the accused may see that complaint (domain/disclosure.ts), never as it was first sent.
 */
import { dayOf, startOfDay } from '../../domain/calendar'
import { discloseAt, disclosureOf } from '../../domain/disclosure'
import type { Complaint } from '../../domain/model'
import { messageData } from '../../infra/notifier'
import * as complaints from '../../infra/repositories/complaints'
import * as estates from '../../infra/repositories/estates'
import * as inbox from '../../infra/repositories/inbox'
import { actorOf, requireOpenid, type CallContext } from '../context'

/**
 * A message as the caller may read it now: when the complaint is about them, re-rendered at the
 * accused's level (no place, no words of the complainant, instants to the day).
 */
function readable(m: inbox.InboxMessage, c: Complaint | undefined, ctx: CallContext): inbox.InboxMessage {
  if (!c || disclosureOf(c, actorOf(ctx.user, ctx.openid)) !== 'accused') return m
  const at = startOfDay(dayOf(m.at))
  try {
    const { spec, data } = messageData(m.kind, discloseAt(c, 'accused').complaint, at, { dayOnly: true })
    return { ...m, at, title: spec.title, fields: Object.values(data).map((v) => v.value) }
  } catch {
    return { ...m, at, fields: [m.complaintNo] } // a kind no longer in the catalogue: its number only
  }
}

/** @param payload `{ page? }` (20 a page). @returns `{ items, unread, page }`; an item of another of the caller's estates carries `estate` and `estateName`. */
export async function listMessages(payload: { page?: number }, ctx: CallContext) {
  const openid = requireOpenid(ctx)
  const page = Math.max(Number(payload?.page) || 1, 1)
  const items = await inbox.page(openid, page)
  const about = await complaints.byIds(
    items.map((m) => m.complaintId ?? ''),
    ctx.estate,
  )
  // Issue 16: a message of another of the caller's estates names it; opening it switches there first.
  const others = await estates.byCodes([...new Set(items.map((m) => m.estate ?? ctx.estate).filter((e) => e !== ctx.estate))])
  const named = (m: inbox.InboxMessage) =>
    m.estate && m.estate !== ctx.estate ? { estate: m.estate, estateName: others.get(m.estate)?.name ?? m.estate } : {}
  return {
    items: items
      .map((m) => ({ ...readable(m, about.get(m.complaintId ?? ''), ctx), ...named(m) }))
      .map(({ openid: _o, ...rest }) => ({ id: rest._id, ...rest })),
    unread: await inbox.unreadCount(openid),
    page,
  }
}
