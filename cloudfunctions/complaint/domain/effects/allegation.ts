/**
 * H2-S, G3-P5: the allegation as the staff member a complaint is about is told it — written by
 * customer service, the handler, the department's supervisor or the manager in their own words,
 * and all the accused sees of the matter (domain/disclosure.ts). Written again, it replaces the
 * earlier wording; the timeline keeps each writing (without its text).
 */
import type { Outcome, TransitionContext } from '../lifecycle'
import type { Complaint } from '../model'
import type { InputOf } from '../validation'
import { me } from './common'

/** H2-S: records the allegation summary; the state does not change. */
export function summariseAllegation(c: Complaint, input: InputOf<'summarise_allegation'>, ctx: TransitionContext): Outcome {
  return { to: c.status, patch: { allegation: { text: input.text, by: me(ctx), at: ctx.now } } }
}
