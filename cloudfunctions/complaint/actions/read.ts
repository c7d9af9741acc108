/**
 * Reading complaints as the caller may see them (G3-P5): one complaint with its timeline and the
 * actions the caller may take; lists per work queue; logged reveals of complainant details.
 */
import { notFound, forbidden } from '../domain/errors'
import type { Complaint, ComplaintEvent } from '../domain/model'
import { canView, maskName, mayRevealContact, personRef, relationsOf, isCustomerService } from '../domain/policy'
import { toEventView, toSummary, toView, type ComplaintView, type EventView } from '../domain/view'
import { normalizePlace } from '@shared/place'
import { sdk } from '../infra/cloud'
import { C, database, getComplaint, listEvents } from '../infra/store'
import { requireStaff, requireUser, type CallContext } from './context'

/** What a complainant's timeline shows; investigation internals stay with staff (G3-P5). */
const COMPLAINANT_EVENTS = new Set([
  'submit',
  'register',
  'confirm',
  'accept',
  'refuse',
  'dispatch',
  'transfer',
  'take',
  'approve_plan',
  'approve_extension',
  'give_result',
  'rate',
  'record_return_visit',
  'mark_return_visit_due',
  'close_no_response',
  'final_reply',
])

/** Temporary URLs for fileIDs (one call for all of them). */
export async function fileUrls(ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))]
  const map = new Map<string, string>()
  for (let i = 0; i < unique.length; i += 50) {
    const r = (await sdk().getTempFileURL({ fileList: unique.slice(i, i + 50) })) as unknown as {
      fileList: { fileID: string; tempFileURL: string }[]
    }
    for (const f of r.fileList ?? []) map.set(f.fileID, f.tempFileURL)
  }
  return map
}

function allFiles(c: Complaint): string[] {
  return [
    ...c.photos,
    ...c.investigation.flatMap((i) => i.files),
    ...(c.statement?.files ?? []),
    ...(c.result?.files ?? []),
    ...(c.confirmation.signatureFile ? [c.confirmation.signatureFile] : []),
  ]
}

function eventsFor(
  c: Complaint,
  events: (ComplaintEvent & { _id: string })[],
  ctx: Awaited<ReturnType<CallContext['rules']>>,
): EventView[] {
  const r = relationsOf(c, ctx.actor)
  const staffOnly = !r.has('complainant') || r.size > 1
  return (
    events
      .filter((e) => staffOnly || COMPLAINANT_EVENTS.has(e.action))
      // Staff see a resident's name masked on the timeline too; the accused not even that (G3-P5).
      .map((e) =>
        e.actor.role !== 'resident' || r.has('complainant')
          ? e
          : { ...e, actor: { ...e.actor, name: r.has('subject') ? '投诉人' : maskName(e.actor.name) } },
      )
      .map(toEventView)
  )
}

/** The caller's view of one complaint. @throws NOT_FOUND when it does not exist or is not theirs to see. */
export async function complaintView(id: string, ctx: CallContext, loaded?: Complaint): Promise<ComplaintView> {
  requireUser(ctx)
  const c = loaded ?? (await getComplaint(String(id ?? '')))
  const rules = await ctx.rules()
  if (!c || !canView(c, rules.actor)) throw notFound()
  const [events, urls] = await Promise.all([listEvents(c._id), fileUrls(allFiles(c))])
  return toView(c, rules, eventsFor(c, events, rules), (f) => urls.get(f) ?? '')
}

export async function get(payload: { id?: string }, ctx: CallContext) {
  return complaintView(String(payload?.id ?? ''), ctx)
}

const OPEN = ['dispatched', 'investigating', 'plan_pending', 'handling', 'reopened']
const QUEUE = ['awaiting_confirmation', 'submitted', 'accepted', 'return_visit']
const BEFORE_DISPATCH = ['awaiting_confirmation', 'submitted', 'accepted']

/** Sort key: the deadline that applies now, soonest first; undated last. */
const dueKey = (s: ReturnType<typeof toSummary>) => s.due?.at ?? Number.MAX_SAFE_INTEGER

/**
 * complaint.list — one of the caller's work queues.
 * @param payload `{ scope, status?, page?, pageSize? }`; scopes in docs/API.md.
 */
export async function list(
  payload: { scope?: string; status?: string; category?: string; q?: string; page?: number; pageSize?: number },
  ctx: CallContext,
) {
  const user = requireUser(ctx)
  const rules = await ctx.rules()
  const _ = database().command
  const scope = payload?.scope ?? (user.role === 'resident' ? 'mine' : 'tasks')
  const pageSize = Math.min(Math.max(Number(payload?.pageSize) || 20, 1), 100)
  const page = Math.max(Number(payload?.page) || 1, 1)
  // A plain filter or a command tree (_.or / _.and), both accepted by where().
  let where: any
  let byDeadline = true
  switch (scope) {
    case 'mine':
      if (user.role !== 'resident') throw forbidden()
      where = { 'complainant.openid': user.openid }
      byDeadline = false
      break
    case 'tasks': {
      // G3-P4: what a staff member received first stays in their list until it is dispatched.
      const firstContact = { 'firstContact.openid': user.openid, status: _.in(BEFORE_DISPATCH) }
      if (user.role === 'handler')
        where = _.or([
          { 'assignee.openid': user.openid, status: _.in(OPEN) },
          { departmentCode: user.departmentCode, status: _.in(['dispatched', 'reopened']) },
          firstContact,
        ])
      else if (user.role === 'supervisor')
        where = _.or([{ departmentCode: user.departmentCode, status: _.in([...OPEN, 'escalated']) }, firstContact])
      else if (user.role === 'manager') where = { status: _.in([...OPEN, 'escalated']) }
      else throw forbidden()
      break
    }
    case 'queue':
      if (!isCustomerService(rules.actor) && user.role !== 'manager') throw forbidden()
      where = { status: _.in(QUEUE) }
      break
    case 'approvals':
      if (user.role !== 'supervisor' && user.role !== 'manager') throw forbidden()
      where = _.and([
        user.role === 'supervisor' ? { departmentCode: user.departmentCode } : {},
        _.or([{ status: 'plan_pending' }, { 'extension.status': 'pending' }]),
      ])
      break
    case 'escalated':
      if (user.role !== 'manager') throw forbidden()
      where = { status: 'escalated' }
      break
    case 'all':
      requireStaff(ctx)
      if (user.role !== 'manager' && !isCustomerService(rules.actor)) throw forbidden()
      where = payload?.status ? { status: payload.status } : {}
      if (payload?.category) where.category = payload.category
      byDeadline = false
      break
    default:
      throw forbidden('未知的列表')
  }
  if (payload?.status && scope !== 'all') where = _.and([where, { status: payload.status }])
  const q = String(payload?.q ?? '')
    .trim()
    .slice(0, 40)
  if (q) {
    // Number, place or text, as typed; special characters are matched literally.
    const literal = (t: string) => database().RegExp({ regexp: t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), options: 'i' })
    const re = literal(q)
    // Places and rooms are stored in one spelling (normalizePlace): "3号楼" finds "3栋".
    const placeRe = literal(normalizePlace(q) || q)
    // Customer service and the manager, who may reveal the contact anyway, also find by name or room.
    const byPerson =
      isCustomerService(rules.actor) || user.role === 'manager' ? [{ 'complainant.name': re }, { 'complainant.room': placeRe }] : []
    where = _.and([where, _.or([{ no: re }, { location: placeRe }, { description: re }, ...byPerson])])
  }
  const coll = database().collection(C.complaints).where(where)
  const total = ((await coll.count()) as unknown as { total: number }).total
  // Deadline order needs the whole queue (queues are short); history lists page on the server.
  const docs = byDeadline
    ? ((await coll.orderBy('createdAt', 'asc').limit(1000).get()) as unknown as { data: Complaint[] }).data
    : (
        (await coll
          .orderBy('createdAt', 'desc')
          .skip((page - 1) * pageSize)
          .limit(pageSize)
          .get()) as unknown as { data: Complaint[] }
      ).data
  // Work lists never carry a complaint about the caller themself (G3-P5): they may not handle it.
  let items = docs
    .filter((c) => canView(c, rules.actor) && (scope === 'mine' || c.subjectStaff?.openid !== user.openid))
    .map((c) => toSummary(c, rules.actor, ctx.now))
  if (byDeadline)
    items = items.sort((a, b) => dueKey(a) - dueKey(b) || a.createdAt - b.createdAt).slice((page - 1) * pageSize, page * pageSize)
  return { items, total, page, pageSize }
}

/** complaint.revealContact — full complainant details for staff who need them, logged (G3-P5). */
export async function revealContact(payload: { id?: string }, ctx: CallContext) {
  requireStaff(ctx)
  const c = await getComplaint(String(payload?.id ?? ''))
  const rules = await ctx.rules()
  if (!c || !canView(c, rules.actor)) throw notFound()
  if (!mayRevealContact(c, rules.actor)) throw forbidden('您的岗位无需查看投诉人联系方式')
  await database()
    .collection(C.accessLog)
    .add({
      data: {
        complaintId: c._id,
        complaintNo: c.no,
        viewer: personRef(rules.actor),
        at: ctx.now,
        fields: ['name', 'room', 'phone'],
        purpose: 'reveal_contact',
      },
    })
  return { name: c.complainant.name, room: c.complainant.room, phone: c.complainant.phone }
}
