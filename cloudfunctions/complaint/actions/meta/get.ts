/** meta.get — what the mini-program needs to ask for consent and fill its forms. */
import { WorkCalendar } from '../../domain/calendar'
import { watchCalendar, type CalendarWatch } from '../../domain/calendar-watch'
import { LIMITS } from '@shared/limits'
import { environment } from '../../infra/environment'
import type { CallContext } from '../context'
import { quotaOf } from '../subscription/quota'

/**
 * H4: who sees the calendar warning. The manager, who enters the year, from 1 November; other staff
 * only once the current year is missing and every deadline they see is 暂定; residents never.
 */
function calendarWarningFor(role: string | undefined, w: CalendarWatch): CalendarWatch | null {
  if (role === 'manager') return w
  return role && role !== 'resident' && w.urgent ? w : null
}

/** @returns the environment, office name, estate, departments, routing, limits, template ids, the caller's quota and any calendar warning (docs/API.md). */
export async function meta(_p: unknown, ctx: CallContext) {
  const s = await ctx.settings()
  const t = environment.templates
  return {
    env: environment.name,
    officeName: s.officeName,
    // The filing form's place picker and room check (public: residents file with it).
    estate: s.estate,
    // Every screen names departments as settings do; pickers offer the active ones (shared/departments.ts).
    departments: s.departments,
    routing: s.routing,
    limits: LIMITS,
    templates: t,
    // At most 3 ids per requestSubscribeMessage call (MESSAGES.md).
    subscribe: {
      submit: [t.complaint_accepted, t.complaint_progress, t.complaint_result],
      rate: [t.complaint_result, t.complaint_progress, t.rating_reminder],
      staff: [t.staff_task],
      // C4: the complainant's message tap asks for the reply notice.
      reply: [t.complaint_progress],
    },
    quota: ctx.openid ? await quotaOf(ctx.openid) : {},
    calendar: calendarWarningFor(ctx.user?.role, watchCalendar(new WorkCalendar(s.calendar), ctx.now)),
  }
}
