/**
 * Creating a complaint: a resident filing it themself (A1, complaint.submit), or staff registering
 * it on a complainant's behalf from another channel (A1–A3, A2-3, G3-P4, complaint.register).
 */
import { AppError, forbidden } from '../domain/errors'
import { transitionFor, type Outcome, type TransitionContext } from '../domain/lifecycle'
import type { Complaint, ComplaintEvent, User } from '../domain/model'
import { roomProblem } from '@shared/place'
import { personRef } from '../domain/policy'
import { parseInput, schemas, type InputOf } from '../domain/validation'
import { outboxEntries, deliverPending } from '../infra/notifier'
import { checkContent } from '../infra/content'
import { C, find, insertComplaint } from '../infra/store'
import { requireUser, requireStaff, type CallContext } from './context'
import { complaintView } from './read'
import { resolveSubject } from './account'

function draftOf(input: InputOf<'submit'>, ctx: TransitionContext, extra: Partial<Complaint>): Complaint {
  return {
    _id: '',
    no: '',
    version: 1,
    status: 'submitted',
    channel: 'miniprogram',
    category: input.category,
    tier: input.emergency ? 'emergency' : 'general',
    emergency: input.emergency,
    complainant: { name: '', room: '', phone: '' },
    location: input.location,
    description: input.description,
    photos: input.photos,
    involved: input.involved || undefined,
    confirmation: { required: false },
    investigation: [],
    ratings: [],
    reopenCount: 0,
    deadlines: {},
    supervision: { level: 0 },
    createdAt: ctx.now,
    updatedAt: ctx.now,
    ...extra,
  }
}

/** Events for a creating outcome: the creation itself, then any chained steps (emergency, on the spot). */
function creationEvents(
  action: 'submit' | 'register',
  o: Outcome,
  ctx: TransitionContext,
): Omit<ComplaintEvent, 'complaintId' | 'complaintNo'>[] {
  const actor = personRef(ctx.actor)
  const firstTo = o.also?.length ? o.also[0].from : o.to
  const system = { openid: 'system', name: '系统', role: 'system' as const }
  return [
    { action, actor, at: ctx.now, from: null, to: firstTo, reason: o.reason, data: o.data },
    ...(o.also ?? []).map((a) => ({
      action: a.action,
      actor: action === 'submit' ? system : actor,
      at: ctx.now,
      from: a.from,
      to: a.to,
      reason: a.reason,
      data: a.data,
    })),
  ]
}

async function create(action: 'submit' | 'register', draft: Complaint, input: unknown, ctx: CallContext) {
  const rules = await ctx.rules()
  const t = transitionFor(action)!
  if (!t.roles?.includes(rules.actor.role as never)) throw forbidden()
  const review = await checkContent([draft.location, draft.description, draft.involved ?? ''].join('\n'), ctx.openid)
  const o = t.apply(draft, input, rules)
  const complaint: Complaint = { ...draft, ...o.patch, status: o.to, contentReview: review }
  const { _id, no, ...rest } = complaint
  const saved = await insertComplaint(rest, { events: creationEvents(action, o, rules), outbox: outboxEntries(o.notify, ctx.now) })
  await deliverPending(ctx.now, saved._id)
  return complaintView(saved._id, ctx)
}

/** complaint.submit — a resident files a complaint in the mini-program (A1). */
export async function submit(payload: unknown, ctx: CallContext) {
  const user = requireUser(ctx, ['resident'])
  const input = parseInput(schemas.submit, payload)
  const rules = await ctx.rules()
  const complainant = { openid: user.openid, name: user.name, room: user.room ?? '', phone: user.phone }
  return create('submit', draftOf(input, rules, { complainant }), input, ctx)
}

/** complaint.register — staff record a complaint from another channel on the complainant's behalf (A1, A2). */
export async function register(payload: unknown, ctx: CallContext) {
  requireStaff(ctx)
  const input = parseInput(schemas.register, payload)
  const rules = await ctx.rules()
  let complainant = { ...input.complainant }
  if (input.complainant.openid) {
    // The complainant found by room must be a resident of that room; their record, not the form,
    // gives the name and contact (staff only ever saw them masked).
    const [resident] = await find<User>(C.users, { openid: input.complainant.openid, role: 'resident', active: true }, { limit: 1 })
    if (!resident || (input.complainant.room && resident.room !== input.complainant.room))
      throw new AppError('INVALID_INPUT', '所选业主与房号不符，请重新查找')
    complainant = { openid: resident.openid, name: resident.name, room: resident.room ?? '', phone: resident.phone }
  } else if (complainant.room) {
    // A2: a room typed by staff is written as the estate's rooms are, so it is found by room later.
    const problem = roomProblem(complainant.room, (await ctx.settings()).estate.buildings)
    if (problem) throw new AppError('INVALID_INPUT', problem)
  }
  const { confirmation, resolvedOnSpot, receivedAt, subjectStaff, ...matter } = input
  void confirmation
  void resolvedOnSpot
  const draft = draftOf(matter, rules, {
    channel: input.channel,
    complainant,
    subjectStaff: await resolveSubject(subjectStaff),
    createdAt: receivedAt && receivedAt <= rules.now ? receivedAt : rules.now,
  })
  return create('register', draft, input, ctx)
}
