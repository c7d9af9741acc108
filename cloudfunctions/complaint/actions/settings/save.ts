/**
 * settings.save — the manager changes the estate, deadlines, departments, routing, robots, the
 * calendar, the emergency alerts, the duty roster, the emergency rules or retention, merged over the current
 * settings. Every running provisional deadline is then recounted on the saved calendar (H4,
 * actions/deadlines/recount.ts): entering a year's schedule settles the 暂定 ones.
 */
import { WorkCalendar } from '../../domain/calendar'
import { checkRouting, editDepartments, leftOut, robotsFor } from '../../domain/departments'
import { invalidInput } from '../../domain/errors'
import { withPlaceCodes } from '../../domain/place-codes'
import { rosterFor } from '../../domain/roster'
import { withDefaults, type OfficeSettings } from '../../domain/settings'
import { deliverPending } from '../../infra/notifier'
import * as settings from '../../infra/repositories/settings'
import { requireUser, type CallContext } from '../context'
import { recountProvisionalDeadlines } from '../deadlines/recount'
import { usageOf } from './departments'
import { getOfficeSettings } from './get'
import { mergeRobots } from './robots'
import { checkedRoster } from './roster'
import type { SettingsInput } from './schema'

/**
 * `input` over `cur`, with the departments as the edit leaves them: each part given replaces or
 * extends the current one; calendar years merge by year; robots and duty shifts of removed departments are dropped.
 */
function merged(cur: OfficeSettings, input: SettingsInput, departments: OfficeSettings['departments']): OfficeSettings {
  return withDefaults({
    officeName: input.officeName ?? cur.officeName,
    // C5: every place keeps its code through a rename; new places get new ones.
    estate: withPlaceCodes(cur.estate, { ...cur.estate, ...(input.estate ?? {}) }),
    deadlines: { ...cur.deadlines, ...(input.deadlines ?? {}) },
    departments,
    routing: { ...cur.routing, ...(input.routing ?? {}) } as OfficeSettings['routing'],
    calendar: {
      years: { ...cur.calendar.years, ...(input.calendar?.years ?? {}) },
      closures: input.calendar?.closures ?? cur.calendar.closures,
    },
    wecomRobots: robotsFor(mergeRobots(cur.wecomRobots, input.wecomRobots), departments, Object.keys(input.wecomRobots ?? {})),
    ...emergencyParts(cur, input, departments),
    retention: { ...cur.retention, ...(input.retention ?? {}) },
  })
}

/** Issue 14's parts over the current ones: alerts merge (numbers by key), roster and rules replace; removed departments' shifts go. */
function emergencyParts(cur: OfficeSettings, input: SettingsInput, departments: OfficeSettings['departments']) {
  return {
    alerts: { ...cur.alerts, ...input.alerts, numbers: { ...cur.alerts.numbers, ...input.alerts?.numbers } },
    roster: rosterFor(input.roster ?? cur.roster, departments),
    emergency: input.emergency ?? cur.emergency,
  }
}

/** The departments after the edit the input carries (domain/departments.ts), or the current ones. @throws INVALID_INPUT. */
async function departmentsAfter(
  cur: OfficeSettings,
  input: SettingsInput,
  now: number,
  estate: string,
): Promise<OfficeSettings['departments']> {
  if (!input.departments) return cur.departments
  return editDepartments(cur.departments, input.departments, await usageOf(leftOut(cur.departments, input.departments), now, estate))
}

/**
 * H4-2, H4, H1: dates of a year lie in that year; the extension cap is not shorter than the complex
 * deadline; every category routes to an active department. @throws INVALID_INPUT.
 */
function checkConsistent(next: OfficeSettings): void {
  for (const [year, y] of Object.entries(next.calendar.years ?? {})) {
    if ([...y.holidays, ...y.workdays].some((d) => !d.startsWith(year))) throw invalidInput(`${year} 年的日期必须都在 ${year} 年内`)
  }
  if (next.deadlines.extensionCapWorkdays < next.deadlines.complexWorkdays) throw invalidInput('延期上限不能短于复杂投诉的处理时限')
  // Photos show people and places: they go no later than the names do.
  if (next.retention.deleteFilesAfterMonths > next.retention.anonymiseAfterMonths)
    throw invalidInput('照片的保存期限不能长于个人信息的保存期限')
  checkRouting(next.routing, next.departments)
}

/**
 * H4: recounts 暂定 deadlines on the saved calendar (nothing to write unless it changed) and sends
 * what that tells complainants — the estate's own complaints (issue 16: its closures are its own;
 * the other estates' follow on the timer's next full scan with their settings).
 */
async function recountOn(s: OfficeSettings, now: number, estate: string): Promise<number> {
  const cal = new WorkCalendar(s.calendar, { provisional: true })
  const { recounted } = await recountProvisionalDeadlines(async () => cal, now, estate)
  if (recounted) await deliverPending(now)
  return recounted
}

/**
 * @param input parts of the settings (docs/API.md), parsed and content-checked by the router.
 * @returns what settings.get answers, and `recounted`: how many complaints' 暂定 deadlines the saved calendar changed.
 * Saves the caller's current estate's settings only (issue 16: the one they manage there).
 * @throws INVALID_INPUT, FORBIDDEN (also for a caller who is not that estate's manager; nothing changed).
 */
export async function saveOfficeSettings(input: SettingsInput, ctx: CallContext) {
  requireUser(ctx, ['manager'])
  const cur = await settings.get(ctx.estate)
  const departments = await departmentsAfter(cur, input, ctx.now, ctx.estate)
  if (input.roster) input.roster = await checkedRoster(input.roster, departments, ctx.estate)
  const next = merged(cur, input, departments)
  checkConsistent(next)
  await settings.save(ctx.estate, next)
  return { ...(await getOfficeSettings({}, ctx)), recounted: await recountOn(next, ctx.now, ctx.estate) }
}
