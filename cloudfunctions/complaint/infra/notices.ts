/**
 * A matter's notice (issue 18) through the outbox: every recipient gets it in their in-app
 * messages (exactly once, by the entry's id), and as a subscription message (投诉处理进度通知)
 * while they hold an acceptance for it in the quota ledger — one acceptance, one message. The
 * notice names no complainant (G3-P5): it is the office's text and the matter's number.
 */
import { formatFields } from '../domain/message-fields'
import { log } from './cloud'
import { afterRun, PERMANENT, sendSubscription, settle } from './delivery'
import { environment, templateKeys } from './environment'
import * as inbox from './repositories/inbox'
import * as outbox from './repositories/outbox'
import type { DeliveryState, OutboxEntry, Recipient } from './repositories/outbox'
import * as quota from './repositories/quota'

/** The in-app title of a notice. */
export const NOTICE_TITLE = '事项通知'
const TEMPLATE = 'complaint_progress'
/** Where a notice opens: the resident's messages (a building's residents have no complaint of it). */
const PAGE = 'pages/messages/index'

/** The notice's subscription-message data, formatted to WeChat's rules (the note shortened to 20 characters). */
export function noticeData(notice: NonNullable<OutboxEntry['notice']>, at: number) {
  const keys = templateKeys(TEMPLATE)
  const logical: Record<string, string | number> = { no: notice.matterNo, status: '处理中', deadline: at, note: notice.text }
  return formatFields(Object.fromEntries(Object.entries(keys).map(([name, key]) => [key, logical[name] ?? '无'])))
}

async function deliverTo(r: Recipient, e: OutboxEntry, now: number, save: () => Promise<void>): Promise<void> {
  const notice = e.notice!
  const data = noticeData(notice, e.createdAt)
  await inbox.put(`${e._id}-${r.openid}`.slice(0, 120), {
    openid: r.openid,
    complaintId: null,
    complaintNo: notice.matterNo,
    kind: 'matter_notice',
    title: NOTICE_TITLE,
    // The in-app message keeps the whole text; the subscription message holds 20 characters of it.
    fields: [notice.matterNo, notice.text],
    ...(e.estate ? { estate: e.estate } : {}),
    at: e.createdAt,
    read: false,
  })
  if (!(await quota.take(r.openid, TEMPLATE))) return void (r.state = 'inapp')
  r.state = 'sending'
  await save() // a crash from here on must not send twice
  const result = await sendSubscription(r.openid, environment.templates[TEMPLATE], PAGE, data)
  if (result.code === 43101) return void Object.assign(r, { state: 'skipped', attempts: r.attempts + 1 })
  settle(r, result, PERMANENT)
  if ((r.state as DeliveryState) !== 'sent') {
    await quota.giveBack(r.openid, TEMPLATE)
    log('notice', 'send failed', { code: result.code, state: r.state, at: now })
  }
}

/** Delivers a notice entry the notifier claimed: each recipient not yet done, then where the entry stands. */
export async function deliverNotice(e: OutboxEntry, now: number): Promise<void> {
  const recipients = e.recipients ?? []
  const save = (patch: Partial<OutboxEntry> = {}) => outbox.update(e._id, { recipients, ...patch })
  for (const r of recipients) {
    if (r.state === 'sending') r.state = 'unknown' // interrupted mid-send last time: never risk a second message
    if (r.state !== 'pending' && r.state !== 'retry') continue
    try {
      await deliverTo(r, e, now, save)
    } catch (err) {
      Object.assign(r, { state: 'dead', error: String((err as Error).message ?? err) })
      log('notice', 'cannot deliver', { error: r.error })
    }
  }
  await save(afterRun(e, recipients, now))
}
