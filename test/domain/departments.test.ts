/**
 * The rules of the office's departments (domain/departments.ts), pure: the codes a payload names
 * checked against settings, the list edited (add, rename, deactivate, remove), routing (H1) and
 * robots kept in step, the settings page's view, and the defaults an office starts with.
 */
import * as z from 'zod/mini'
import {
  checkDepartmentCodes,
  checkRouting,
  departmentViews,
  editDepartments,
  leftOut,
  robotsFor,
  type DepartmentUsage,
} from '../../cloudfunctions/complaint/domain/departments'
import { DEFAULT_ROUTING, withDefaults } from '../../cloudfunctions/complaint/domain/settings'
import { departmentCode, parseFor, parseInput, schemas } from '../../cloudfunctions/complaint/domain/validation'
import { DEFAULT_DEPARTMENTS, departmentName, type Department } from '@shared/departments'

const DEPTS: Department[] = DEFAULT_DEPARTMENTS.map((d) => ({ ...d }))
const rows = (list: Department[]) => list.filter((d) => !d.removed).map(({ code, name, active }) => ({ code, name, active }))
const NOTHING: DepartmentUsage = { openComplaints: 0, activeStaff: 0, openInvites: 0 }
const message = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    return (e as Error).message
  }
  return null
}

describe('codes a payload names, checked against the settings of the moment', () => {
  const lift = { code: 'dept_1', name: '电梯维保组', active: false }

  it('given a code settings do not have, it is refused naming the field', () => {
    expect(message(() => checkDepartmentCodes([{ code: 'kitchen', label: '承办部门', use: 'routing' }], DEPTS))).toBe(
      '请选择有效的承办部门',
    )
    // Names every object has are not departments either.
    expect(message(() => checkDepartmentCodes([{ code: 'constructor', label: '部门', use: 'existing' }], DEPTS))).toBe('请选择有效的部门')
  })

  it('H1 given new work for a deactivated or removed department, it is refused by its name; naming it for history is fine', () => {
    const list = [...DEPTS, lift, { code: 'dept_2', name: '临时组', active: false, removed: true }]
    expect(message(() => checkDepartmentCodes([{ code: 'dept_1', label: '承办部门', use: 'routing' }], list))).toBe(
      '电梯维保组已停用，不再接收新的工作，请选择其他承办部门',
    )
    expect(message(() => checkDepartmentCodes([{ code: 'dept_2', label: '部门', use: 'routing' }], list))).toBe(
      '临时组已删除，不再接收新的工作，请选择其他部门',
    )
    expect(() => checkDepartmentCodes([{ code: 'dept_1', label: '部门', use: 'existing' }], list)).not.toThrow()
  })

  it('given a schema with department fields, parseFor checks them all — coordinating departments one by one', () => {
    const input = { id: 'c1', mode: 'coordination', coordinatingDepartments: ['cleaning', 'dept_1'] }
    expect(message(() => parseFor(schemas.set_mode, input, [...DEPTS, lift]))).toBe(
      '电梯维保组已停用，不再接收新的工作，请选择其他协同部门',
    )
    // A result names who took part: a department deactivated meanwhile is still named.
    const result = { id: 'c1', summary: '已协调处理', mode: 'coordination', coordinatingDepartments: ['dept_1'] }
    expect(parseFor(schemas.give_result, result, [...DEPTS, lift]).coordinatingDepartments).toEqual(['dept_1'])
  })

  it('given a department field parsed without the settings, it refuses every code rather than let one through unchecked', () => {
    expect(message(() => parseInput(schemas.dispatch, { id: 'c1', departmentCode: 'cleaning' }))).toBe('请选择有效的承办部门')
    expect(parseInput(schemas.dispatch, { id: 'c1' })).toMatchObject({ id: 'c1' })
    expect(message(() => parseFor(z.strictObject({ d: departmentCode('部门') }), { d: 'Not A Code' }, DEPTS))).toBe('请选择有效的部门')
  })
})

describe('editing the department list', () => {
  it('given a new row, it gets the first free generated code, active, at the place the manager put it', () => {
    const next = editDepartments(DEPTS, [...rows(DEPTS), { name: '电梯维保组', active: true }], {})
    expect(next.at(-1)).toEqual({ code: 'dept_1', name: '电梯维保组', active: true })
    const again = editDepartments(next, [{ name: '外包保洁组', active: true }, ...rows(next)], {})
    expect(again[0]).toEqual({ code: 'dept_2', name: '外包保洁组', active: true })
  })

  it('given rows by code, it renames and deactivates them, keeping their codes', () => {
    const edit = rows(DEPTS).map((d) => (d.code === 'parking' ? { ...d, name: '停车场管理组', active: false } : d))
    expect(editDepartments(DEPTS, edit, {}).find((d) => d.code === 'parking')).toEqual({
      code: 'parking',
      name: '停车场管理组',
      active: false,
    })
  })

  it('given a department left out, it is removed only with nothing live in it — and kept, hidden, for its name', () => {
    const edit = rows(DEPTS).filter((d) => d.code !== 'parking')
    expect(leftOut(DEPTS, edit)).toEqual(['parking'])
    expect(message(() => editDepartments(DEPTS, edit, { parking: { openComplaints: 2, activeStaff: 1, openInvites: 1 } }))).toBe(
      '车辆管理组还有 2 件未办结的投诉、1 名在岗员工、1 个未使用的邀请码，不能删除，可以停用（不再派单，历史记录保留）',
    )
    const next = editDepartments(DEPTS, edit, { parking: NOTHING })
    expect(next.at(-1)).toEqual({ code: 'parking', name: '车辆管理组', active: false, removed: true })
    expect(departmentName(next, 'parking')).toBe('车辆管理组')
    // Later edits leave the removed one as it is, and never give its code to a new department.
    const later = editDepartments(next, [...rows(next), { name: '新部门', active: true }], {})
    expect(later.filter((d) => d.removed)).toEqual([{ code: 'parking', name: '车辆管理组', active: false, removed: true }])
  })

  it('given a new row named as a removed department, it brings that department back with its code', () => {
    const removed = editDepartments(
      DEPTS,
      rows(DEPTS).filter((d) => d.code !== 'parking'),
      { parking: NOTHING },
    )
    const back = editDepartments(removed, [...rows(removed), { name: '车辆管理组', active: true }], {})
    expect(back.filter((d) => d.code === 'parking')).toEqual([{ code: 'parking', name: '车辆管理组', active: true }])
  })

  it('given customer service, it may be renamed but neither deactivated nor removed', () => {
    const renamed = rows(DEPTS).map((d) => (d.code === 'customer_service' ? { ...d, name: '客服中心' } : d))
    expect(editDepartments(DEPTS, renamed, {})[0]).toEqual({ code: 'customer_service', name: '客服中心', active: true })
    const off = rows(DEPTS).map((d) => (d.code === 'customer_service' ? { ...d, active: false } : d))
    expect(message(() => editDepartments(DEPTS, off, {}))).toBe('客户服务中心负责受理、派单和回访，不能停用')
    const without = rows(DEPTS).filter((d) => d.code !== 'customer_service')
    expect(message(() => editDepartments(DEPTS, without, { customer_service: NOTHING }))).toBe('客户服务中心负责受理、派单和回访，不能删除')
  })

  it('given duplicate names, an unknown or repeated code, it refuses the edit', () => {
    expect(message(() => editDepartments(DEPTS, [...rows(DEPTS), { name: '保洁部', active: true }], {}))).toBe('部门名称有重复')
    expect(message(() => editDepartments(DEPTS, [...rows(DEPTS), { code: 'cleaning', name: '保洁二部', active: true }], {}))).toBe(
      '部门列表中有重复的部门',
    )
    expect(message(() => editDepartments(DEPTS, [...rows(DEPTS), { code: 'dept_9', name: '幽灵部', active: true }], {}))).toBe(
      '部门列表已变化，请刷新后重试',
    )
  })
})

describe('H1 routing and robots follow the departments', () => {
  it('given every category routed to an active department, routing stands', () => {
    expect(() => checkRouting(DEFAULT_ROUTING, DEPTS)).not.toThrow()
  })

  it('given a category routed to a department being deactivated, or to none settings list, it says which', () => {
    const off = DEPTS.map((d) => (d.code === 'engineering' ? { ...d, active: false } : d))
    expect(message(() => checkRouting(DEFAULT_ROUTING, off))).toBe('“工程维修”仍派往工程部：请先在派单规则中改派其他部门，再停用工程部')
    expect(message(() => checkRouting({ ...DEFAULT_ROUTING, parking: 'kitchen' }, DEPTS))).toBe('请为“车辆管理”选择有效的承办部门')
  })

  it('given robots, a group settings do not list is refused and a removed department’s robot is dropped', () => {
    const removed = DEPTS.map((d) => (d.code === 'parking' ? { ...d, active: false, removed: true } : d))
    expect(robotsFor({ office: 'k1', parking: 'k2', cleaning: 'k3' }, removed, [])).toEqual({ office: 'k1', cleaning: 'k3' })
    expect(message(() => robotsFor({}, DEPTS, ['kitchen']))).toBe('请选择有效的群机器人')
  })
})

describe('what the settings page shows of a department', () => {
  it('names its supervisors — the active staff of the department with the supervisor role — and what is live in it', () => {
    const staff = [
      { name: '孙志远', role: 'supervisor', departmentCode: 'engineering' },
      { name: '赵工', role: 'handler', departmentCode: 'engineering' },
      { name: '何静', role: 'supervisor', departmentCode: 'cleaning' },
    ]
    const views = departmentViews([...DEPTS, { code: 'dept_1', name: '旧部门', active: false, removed: true }], staff, { engineering: 3 })
    expect(views.map((v) => v.code)).toEqual(DEPTS.map((d) => d.code))
    expect(views.find((v) => v.code === 'engineering')).toEqual({
      code: 'engineering',
      name: '工程部',
      active: true,
      supervisors: ['孙志远'],
      activeStaff: 2,
      openComplaints: 3,
    })
    expect(views.find((v) => v.code === 'parking')).toMatchObject({ supervisors: [], activeStaff: 0, openComplaints: 0 })
  })
})

describe('the departments an office starts with', () => {
  it('given settings that never listed departments, the office has the six it started with, routing to them', () => {
    expect(withDefaults(null).departments.map((d) => [d.code, d.name])).toEqual([
      ['customer_service', '客户服务中心'],
      ['cleaning', '保洁部'],
      ['landscaping', '绿化部'],
      ['security', '秩序维护部'],
      ['engineering', '工程部'],
      ['parking', '车辆管理组'],
    ])
    expect(() => checkRouting(withDefaults(null).routing, withDefaults(null).departments)).not.toThrow()
  })

  it('given stored departments, those are the office’s (defaults never overwrite them)', () => {
    const own = [{ code: 'customer_service', name: '客服', active: true }]
    expect(withDefaults({ departments: own }).departments).toEqual(own)
  })
})
