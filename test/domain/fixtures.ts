/**
 * Fixtures of the domain specs: a cast of people around one complaint, complaints in any state,
 * and the transition context the rules get — no emulator, no database, no build.
 */
import { WorkCalendar } from '../../cloudfunctions/complaint/domain/calendar'
import type { TransitionContext } from '../../cloudfunctions/complaint/domain/lifecycle'
import type { Complaint } from '../../cloudfunctions/complaint/domain/model'
import { SYSTEM_ACTOR, personRef, type Actor } from '../../cloudfunctions/complaint/domain/policy'
import { withDefaults } from '../../cloudfunctions/complaint/domain/settings'
import { parseFor, schemas, type ActionName, type InputOf } from '../../cloudfunctions/complaint/domain/validation'
import type { DepartmentCode, Role } from '@shared/vocabulary'

/** An instant in Asia/Shanghai (`2026-11-30`, `10:00`), as ms UTC. */
export const at = (day: string, hhmm = '10:00') => Date.parse(`${day}T${hhmm}:00+08:00`)

/** Monday 30 November 2026, 10:00 in Shanghai: a plain working day. */
export const NOW = at('2026-11-30')
export const HOUR = 3_600_000

const person = (openid: string, role: Role, name: string, departmentCode?: DepartmentCode): Actor => ({
  openid,
  role,
  name,
  departmentCode,
})

/** Everyone who may stand in some relation to the complaint of `complaint()`. */
export const CAST = {
  complainant: person('res-wang', 'resident', '王丽'),
  otherResident: person('res-chen', 'resident', '陈明'),
  agent: person('agent-lin', 'agent', '林晓', 'customer_service'),
  csSupervisor: person('sup-cs', 'supervisor', '何静', 'customer_service'),
  assignee: person('h-clean-1', 'handler', '张洁', 'cleaning'),
  colleague: person('h-clean-2', 'handler', '李强', 'cleaning'),
  supervisor: person('sup-clean', 'supervisor', '赵敏', 'cleaning'),
  firstContact: person('h-sec', 'handler', '孙伟', 'security'),
  outsider: person('h-land', 'handler', '吴芳', 'landscaping'),
  otherSupervisor: person('sup-land', 'supervisor', '郑刚', 'landscaping'),
  manager: person('mgr', 'manager', '周经理'),
  system: SYSTEM_ACTOR,
} satisfies Record<string, Actor>

export type CastName = keyof typeof CAST
export const PEOPLE = (Object.keys(CAST) as CastName[]).filter((n) => n !== 'system')

/**
 * The rules' context for `actor` at `now`, with the procedure's default settings and the calendar
 * the complaint function gives them: official where a schedule is known, 暂定 beyond it (H4).
 */
export function ctx(actor: Actor, now = NOW, settings = withDefaults(null)): TransitionContext {
  return { now, actor, settings, calendar: new WorkCalendar(settings.calendar, { provisional: true }) }
}

/**
 * A general cleaning complaint by 王丽, received first by 孙伟 (security), accepted yesterday and
 * dispatched to cleaning, where 张洁 is its assignee — in `status` (dispatched unless told).
 */
export function complaint(over: Partial<Complaint> = {}): Complaint {
  const accepted = at('2026-11-27')
  return {
    _id: 'c1',
    no: 'TS20261127-0001',
    version: 3,
    status: 'dispatched',
    channel: 'miniprogram',
    category: 'cleaning',
    tier: 'general',
    emergency: false,
    complainant: { openid: CAST.complainant.openid, name: '王丽', room: '3栋2单元1502', phone: '13800001111' },
    location: '3栋电梯厅',
    description: '电梯厅地面三天没有清扫',
    photos: ['cloud://photo-1'],
    firstContact: { ...personRef(CAST.firstContact), at: accepted },
    confirmation: { required: false },
    departmentCode: 'cleaning',
    assignee: personRef(CAST.assignee),
    investigation: [],
    ratings: [],
    reopenCount: 0,
    deadlines: { dispatchDueAt: endOf('2026-11-30'), handlingDueAt: endOf('2026-12-02') },
    supervision: { level: 0 },
    createdAt: accepted - HOUR,
    acceptedAt: accepted,
    dispatchedAt: accepted,
    updatedAt: accepted,
    ...over,
  }
}

/** A complaint as it is before dispatch: no department, no assignee. */
export function undispatched(over: Partial<Complaint> = {}): Complaint {
  return complaint({ status: 'submitted', departmentCode: undefined, assignee: undefined, dispatchedAt: undefined, ...over })
}

/** A validated input of `action`, as the use case hands it to the rules (department codes checked against the default departments). */
export function input<A extends ActionName>(action: A, payload: Record<string, unknown> = {}): InputOf<A> {
  // The creating transitions (submit, register) have no id: their schemas refuse one.
  const id = 'id' in schemas[action].shape ? { id: 'c1' } : {}
  return parseFor(schemas[action], { ...id, ...payload }, withDefaults(null).departments) as InputOf<A>
}

/** A fileID of an upload into `folder` as the mini-program names it (shared/uploads.ts). */
export const uploaded = (folder: 'complaints' | 'evidence' | 'signatures', name: string) =>
  `cloud://local-emulator.emulator-bucket/${folder}/0123456789abcdef01234567/20261130/${name}.${folder === 'signatures' ? 'png' : 'jpg'}`

/** End of a Shanghai calendar day (23:59:59.999), as ms UTC. */
export const endOf = (day: string) => Date.parse(`${day}T23:59:59.999+08:00`)
