/**
 * Intake (A1–A3, A2-3, H1-E): a resident filing a complaint, staff registering one from another
 * channel, the complainant's confirmation of a registration, and an emergency's immediate
 * acceptance and dispatch.
 */
import { acceptanceDeadlines, feedbackDeadlines } from '../deadlines'
import { intakeReason, raisedAlert, responseFromReceipt, stepAudience } from '../emergency'
import { guardFailed, invalidInput } from '../errors'
import { withHotlineDeadline } from '../hotline'
import type { Outcome, TransitionContext } from '../lifecycle'
import type { Complaint, Confirmation } from '../model'
import type { InputOf } from '../validation'
import { CONFIRMATION_CHANNELS } from '@shared/vocabulary'
import { me } from './common'

/**
 * H1-E, H4-3: an emergency is accepted and dispatched by the routing table the moment it is raised,
 * its first-response clock counted from receipt, and its alert chain started: the people on duty
 * first (issue 14). A flag the text rules raised says which words fired.
 */
export function emergencyIntake(c: Complaint, ctx: TransitionContext): Outcome {
  const departmentCode = ctx.settings.routing[c.category]
  return {
    to: 'dispatched',
    patch: {
      tier: 'emergency',
      emergency: true,
      departmentCode,
      acceptedAt: ctx.now,
      dispatchedAt: ctx.now,
      // W2: a 12345 work order's deadline applies when it is sooner.
      deadlines: withHotlineDeadline(
        responseFromReceipt(acceptanceDeadlines({}, 'emergency', ctx.now, ctx.settings.deadlines, ctx.calendar), c, ctx.settings),
        c,
      ),
      alert: raisedAlert(c, ctx.now, ctx.settings),
    },
    also: [
      { action: 'accept', from: 'submitted', to: 'accepted', reason: intakeReason(c.alert), data: { tier: 'emergency' } },
      { action: 'dispatch', from: 'accepted', to: 'dispatched', reason: '紧急投诉按类别立即派单', data: { departmentCode, onTime: true } },
    ],
    notify: [...stepAudience(0, departmentCode), { kind: 'accepted', audience: 'complainant' }],
  }
}

/** A1: a resident's complaint waits for customer service; an emergency is dispatched at once (H1-E). */
export function submit(c: Complaint, _i: unknown, ctx: TransitionContext): Outcome {
  if (c.emergency) return emergencyIntake(c, ctx)
  return { to: 'submitted', patch: {}, notify: [{ kind: 'new_complaint', audience: 'customer_service' }] }
}

/** A3: a signature must be captured, and a read-back is only for phone complaints. @throws INVALID_INPUT. */
function checkEvidence(c: Complaint, method: Confirmation['method'], signatureFile: string | undefined): void {
  if (method === 'signature' && !signatureFile) throw invalidInput('请投诉人签字后再提交')
  if (method === 'phone_readback' && c.channel !== 'phone') throw invalidInput('电话复述确认只适用于电话投诉')
}

/** A3 at registration: on-site and phone registrations wait for the complainant's confirmation unless it was captured. */
function confirmationAtRegistration(needed: boolean, given: InputOf<'register'>['confirmation'], ctx: TransitionContext): Confirmation {
  if (!needed) return { required: false }
  if (!given) return { required: true }
  return { required: true, method: given.method, signatureFile: given.signatureFile, by: me(ctx), at: ctx.now }
}

/** A2-3: answered or handled at first contact; it still gets its return visit (F2). */
function resolvedOnSpot(
  patch: Partial<Complaint>,
  onSpot: NonNullable<InputOf<'register'>['resolvedOnSpot']>,
  unconfirmed: boolean,
  ctx: TransitionContext,
): Outcome {
  if (unconfirmed) throw guardFailed('当场处理的现场/电话投诉需投诉人签字或电话复述确认')
  return {
    to: 'resolved',
    patch: {
      ...patch,
      acceptedAt: ctx.now,
      resolvedAt: ctx.now,
      mode: onSpot.mode,
      result: { summary: onSpot.summary, mode: onSpot.mode, coordinatingDepartments: [], files: [], by: me(ctx), at: ctx.now },
      deadlines: feedbackDeadlines({}, ctx.now, ctx.settings.deadlines, ctx.calendar),
    },
    also: [
      { action: 'accept', from: 'submitted', to: 'accepted', reason: '首问当场受理' },
      { action: 'give_result', from: 'accepted', to: 'resolved', reason: '首问当场处理完毕' },
    ],
    notify: [{ kind: 'result', audience: 'complainant' }],
  }
}

/**
 * A1, A2, A3, A2-3, G3-P4: staff register a complaint from another channel; they become its
 * first-contact owner. @throws INVALID_INPUT for missing confirmation evidence, GUARD_FAILED for
 * an unconfirmed on-the-spot resolution.
 */
export function register(c: Complaint, input: InputOf<'register'>, ctx: TransitionContext): Outcome {
  const needsConfirmation = CONFIRMATION_CHANNELS.includes(c.channel)
  const given = input.confirmation
  if (given) checkEvidence(c, given.method, given.signatureFile)
  const patch: Partial<Complaint> = {
    confirmation: confirmationAtRegistration(needsConfirmation, given, ctx),
    registeredBy: me(ctx),
    firstContact: { ...me(ctx), at: ctx.now },
  }
  if (c.emergency) {
    const o = emergencyIntake(c, ctx)
    return { ...o, patch: { ...patch, ...o.patch } }
  }
  const unconfirmed = needsConfirmation && !given
  if (input.resolvedOnSpot) return resolvedOnSpot(patch, input.resolvedOnSpot, unconfirmed, ctx)
  if (unconfirmed) return { to: 'awaiting_confirmation', patch, notify: [{ kind: 'confirm_request', audience: 'complainant' }] }
  return { to: 'submitted', patch }
}

/**
 * A3: the complainant confirms a registration in the mini-program, or staff record their
 * signature or phone read-back. @throws INVALID_INPUT for a method the caller may not use.
 */
export function confirm(c: Complaint, input: InputOf<'confirm'>, ctx: TransitionContext): Outcome {
  const byComplainant = ctx.actor.role === 'resident'
  if (byComplainant && input.method !== 'miniprogram') throw invalidInput('请在小程序中确认')
  if (!byComplainant && input.method === 'miniprogram') throw invalidInput('工作人员代为确认需投诉人签字或电话复述确认')
  checkEvidence(c, input.method, input.signatureFile)
  return {
    to: c.status === 'awaiting_confirmation' ? 'submitted' : c.status,
    patch: { confirmation: { required: true, method: input.method, signatureFile: input.signatureFile, by: me(ctx), at: ctx.now } },
    data: { method: input.method },
  }
}
