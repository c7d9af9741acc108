/**
 * H4: while next year's holiday schedule is missing, each manager finds one reminder a day in
 * their message list (the id makes a second run that day a no-op; a read reminder stays read).
 */
import { dayOf, type WorkCalendar } from '../../domain/calendar'
import { watchCalendar } from '../../domain/calendar-watch'
import * as inbox from '../../infra/repositories/inbox'
import * as users from '../../infra/repositories/users'

/** @returns how many managers got a reminder in this run. */
export async function remindCalendar(cal: WorkCalendar, now: number): Promise<number> {
  const w = watchCalendar(cal, now)
  if (!w.message) return 0
  const managers = await users.activeManagersAnywhere()
  const day = dayOf(now)
  let sent = 0
  for (const m of managers) {
    const id = `calendar-${w.missingYear}-${day}-${m.openid}`.slice(0, 120)
    if (await inbox.exists(id)) continue
    try {
      await inbox.add({
        _id: id,
        openid: m.openid,
        complaintId: null,
        complaintNo: '',
        kind: 'calendar',
        title: `请录入 ${w.missingYear} 年节假日安排`,
        fields: [w.message],
        at: now,
        read: false,
      })
      sent += 1
    } catch (e) {
      // Another run added it a moment ago (duplicate id): that is the once-a-day we want.
      if (!/duplicate/i.test(String((e as Error).message))) throw e
    }
  }
  return sent
}
