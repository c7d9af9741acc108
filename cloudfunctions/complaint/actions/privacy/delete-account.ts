/**
 * me.delete — a resident deletes their account (注销, PIPL art. 47). Open complaints are withdrawn
 * where the procedure allows, else the deletion is refused until they are finished
 * (open-complaints.ts). Then every complaint of theirs is kept as a record with the complainant
 * replaced by a pseudonym and its files deleted; their messages, notification consents and account
 * go; the deletion is recorded in the access log. Deleting twice is harmless; a deletion cut short
 * finishes when asked again (the account is removed last, and the pseudonym comes from it).
 */
import { createHash } from 'node:crypto'
import { AppError, forbidden } from '../../domain/errors'
import { accountPseudonym, pseudonymRef } from '../../domain/privacy'
import { TERMINAL } from '@shared/status-groups'
import * as accessLog from '../../infra/repositories/access-log'
import * as complaints from '../../infra/repositories/complaints'
import * as inbox from '../../infra/repositories/inbox'
import * as mediaChecks from '../../infra/repositories/media-checks'
import * as outbox from '../../infra/repositories/outbox'
import * as quota from '../../infra/repositories/quota'
import * as roomBindings from '../../infra/repositories/room-bindings'
import * as users from '../../infra/repositories/users'
import { requireOpenid, type CallContext } from '../context'
import { anonymise, deleteFilesOf } from './anonymise'
import { withdrawOpen } from './open-complaints'

/** @throws INVALID_STATE naming the complaints to finish first. */
function refuseWhileOpen(left: { no: string }[]): never {
  const nos = left.map((c) => c.no).join('、')
  throw new AppError(
    'INVALID_STATE',
    `您还有 ${left.length} 件投诉尚未办结（${nos}），暂不能注销。请对已答复的投诉作出评价，或等待办结后再注销；您的账号和资料均未改动。`,
  )
}

/**
 * Anonymises each complaint of the account and deletes its files, as far as an earlier, interrupted
 * run has not (those already carry the pseudonym). @returns how many complaints the account had.
 */
async function anonymiseAll(openid: string, pseudonym: string, now: number): Promise<number> {
  const mine = [...(await complaints.ofComplainant(openid)), ...(await complaints.ofComplainant(pseudonym))]
  for (const c of mine) {
    if (c.complainant.openid !== pseudonym) await anonymise(c, pseudonym, 'account_deleted', now)
    const fresh = await complaints.byId(c._id, null)
    if (fresh && !fresh.privacy?.filesDeletedAt) await deleteFilesOf(fresh, now)
    await outbox.removeDoneOf(c._id)
  }
  return mine.length
}

/**
 * @param _input `{ confirm: '注销' }` (checked by the router). @returns `{ deleted: true, already }` (`already`: there was no account).
 * @throws INVALID_INPUT without the confirmation, FORBIDDEN for staff, INVALID_STATE while a complaint must be finished.
 */
export async function deleteAccount(_input: { confirm: '注销' }, ctx: CallContext) {
  const openid = requireOpenid(ctx)
  const user = await users.byOpenid(openid)
  if (!user) return { deleted: true, already: true, complaints: 0 }
  if (user.role !== 'resident') throw forbidden('员工账号由管理处经理停用，不能自行注销')
  const open = (await complaints.ofComplainant(openid)).filter((c) => !TERMINAL.includes(c.status))
  const left = await withdrawOpen(open, ctx)
  if (left.length) refuseWhileOpen(left)
  // From the account's database id: the same on a second try, linked to nobody once the account is gone.
  const hash = createHash('sha1').update(user._id).digest('hex')
  const pseudonym = accountPseudonym(hash)
  const count = await anonymiseAll(openid, pseudonym, ctx.now)
  await Promise.all([
    inbox.removeAllOf(openid),
    quota.removeAllOf(openid),
    mediaChecks.pseudonymiseUploader(openid, pseudonym),
    outbox.removeNoticeRecipient(openid),
    // Issue 16: the resident's requests to be bound to rooms.
    roomBindings.removeAllOf(openid),
  ])
  await accessLog.recordOnce(`account-deleted-${hash.slice(0, 20)}`, {
    complaintId: null,
    estate: ctx.estate,
    viewer: pseudonymRef(pseudonym),
    at: ctx.now,
    fields: ['name', 'room', 'phone', 'openid', 'files'],
    purpose: 'account_deleted',
    subject: pseudonym,
    count,
  })
  await users.remove(user._id)
  return { deleted: true, already: false, complaints: count }
}
