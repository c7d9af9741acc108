/**
 * What every phase's effects share: who is acting, as the complaint records them, and the
 * first-contact owner (G3-P4).
 */
import type { TransitionContext } from '../lifecycle'
import type { Complaint, PersonRef } from '../model'
import { isStaff, personRef } from '../policy'

/** Milliseconds in an hour and a minute (the emergency clocks and warning windows run around the clock). */
export const HOUR = 3_600_000
export const MINUTE = 60_000

/** The actor as a complaint records them. */
export const me = (ctx: TransitionContext): PersonRef => personRef(ctx.actor)

/** G3-P4: the first staff member who handled the complaint stays its first-contact owner; a resident never becomes one. */
export const firstContactOf = (c: Complaint, ctx: TransitionContext): Complaint['firstContact'] =>
  c.firstContact ?? (isStaff(ctx.actor) ? { ...me(ctx), at: ctx.now } : undefined)
