/**
 * me.data — everything the office holds on the caller (PIPL arts. 44–45): their account, the
 * complaints they filed or were registered for (as stored, with the contact recorded on each), their
 * messages, the rooms they asked to be bound to (issue 16), their notification consents, who saw their contact details and the checks of the files
 * they uploaded. The report function's privacy.export writes the same as a spreadsheet.
 */
import { personalDataOf, type PersonalData } from '../../domain/personal-data'
import { TEMPLATES } from '../../../../config/environments'
import * as accessLog from '../../infra/repositories/access-log'
import * as complaints from '../../infra/repositories/complaints'
import * as inbox from '../../infra/repositories/inbox'
import * as mediaChecks from '../../infra/repositories/media-checks'
import * as quota from '../../infra/repositories/quota'
import * as roomBindings from '../../infra/repositories/room-bindings'
import { requireUser, type CallContext } from '../context'

const TITLES = Object.fromEntries(Object.entries(TEMPLATES).map(([name, t]) => [name, t.title]))

/** The personal data of the registered user `ctx.user` at `ctx.now`. @throws UNAUTHENTICATED. */
export async function collectPersonalData(ctx: CallContext): Promise<PersonalData> {
  const user = requireUser(ctx)
  const mine = await complaints.ofComplainant(user.openid)
  const [rooms, messages, ledger, views, uploads] = await Promise.all([
    roomBindings.allOf(user.openid),
    inbox.allOf(user.openid),
    quota.of(user.openid),
    accessLog.ofComplaints(mine.map((c) => c._id)),
    mediaChecks.byUploader(user.openid),
  ])
  return personalDataOf({ user, rooms, complaints: mine, messages, quota: ledger, templateTitles: TITLES, views, uploads }, ctx.now)
}

/** @returns PersonalData (see domain/personal-data.ts). @throws UNAUTHENTICATED before a profile is saved. */
export function myData(_p: unknown, ctx: CallContext): Promise<PersonalData> {
  return collectPersonalData(ctx)
}
