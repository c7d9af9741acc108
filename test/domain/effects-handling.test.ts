/** Handling in the department (H1, H2, H2-S, H3, H4-3, F1, G3-P5): taking, assigning, investigating, choosing a mode, the result. */
import * as fx from '../../cloudfunctions/complaint/domain/effects'
import { personRef } from '../../cloudfunctions/complaint/domain/policy'
import { at, CAST, complaint, ctx, endOf, HOUR, input, NOW, uploaded } from './fixtures'

describe('H2, H4-3: a handler takes a complaint', () => {
  it('given a dispatched complaint, the handler becomes its assignee and the first response is recorded', () => {
    const o = fx.take(complaint({ assignee: undefined }), input('take'), ctx(CAST.colleague))
    expect(o).toEqual({ to: 'investigating', patch: { assignee: personRef(CAST.colleague), respondedAt: NOW }, data: undefined })
  })

  it('given an emergency, the event says whether the response came within its clock', () => {
    const emergency = (due: number) => complaint({ emergency: true, tier: 'emergency', deadlines: { responseDueAt: due } })
    expect(fx.take(emergency(NOW), input('take'), ctx(CAST.assignee)).data).toEqual({ onTimeResponse: true })
    expect(fx.take(emergency(NOW - HOUR), input('take'), ctx(CAST.assignee)).data).toEqual({ onTimeResponse: false })
  })

  it('given a reopened complaint that was answered before, the first response keeps its time', () => {
    expect(
      fx.take(complaint({ status: 'reopened', respondedAt: at('2026-11-27') }), input('take'), ctx(CAST.assignee)).patch.respondedAt,
    ).toBe(at('2026-11-27'))
  })
})

describe('H1, G3-P5: the supervisor assigns a complaint', () => {
  const assign = (who: typeof CAST.colleague, c = complaint({ assignee: undefined })) =>
    fx.assign(
      c,
      { ...input('assign', { assigneeOpenid: who.openid }), assignee: { ...personRef(who), departmentCode: who.departmentCode } },
      ctx(CAST.supervisor),
    )

  it('given a handler of the department, they become the assignee and are told', () => {
    const o = assign(CAST.colleague)
    expect(o).toMatchObject({
      to: 'investigating',
      patch: { assignee: personRef(CAST.colleague), respondedAt: NOW },
      data: { assignee: '李强' },
    })
    expect(o.notify).toEqual([{ kind: 'task', audience: 'assignee' }])
  })

  it('refuses someone of another department (INVALID_INPUT), and the staff member the complaint is about (GUARD_FAILED)', () => {
    expect(() => assign(CAST.outsider)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: '只能指派本部门的承办人' }))
    const aboutColleague = complaint({ assignee: undefined, subjectStaff: { name: '李强', openid: CAST.colleague.openid } })
    expect(() => assign(CAST.colleague, aboutColleague)).toThrow(expect.objectContaining({ code: 'GUARD_FAILED' }))
  })
})

describe('H2, H2-S: the investigation record', () => {
  it('given a note with files, it joins the record in order and the state stays', () => {
    const c = complaint({ status: 'investigating' })
    const o = fx.addNote(
      c,
      input('add_note', { kind: 'site_visit', text: '现场查看', files: [uploaded('evidence', 'file0001')] }),
      ctx(CAST.assignee),
    )
    expect(o).toMatchObject({ to: 'investigating', data: { kind: 'site_visit' } })
    expect(o.patch.investigation).toEqual([
      {
        id: `${NOW.toString(36)}-0`,
        kind: 'site_visit',
        text: '现场查看',
        files: [uploaded('evidence', 'file0001')],
        by: personRef(CAST.assignee),
        at: NOW,
      },
    ])
  })

  it('H2-S: given the accused staff member’s statement, it is recorded with who took it down', () => {
    const o = fx.recordStatement(
      complaint({ status: 'investigating' }),
      input('record_statement', { text: '当天不在岗' }),
      ctx(CAST.supervisor),
    )
    expect(o).toEqual({
      to: 'investigating',
      patch: { statement: { text: '当天不在岗', files: [], recordedBy: personRef(CAST.supervisor), at: NOW } },
    })
  })
})

describe('H3: the handling mode', () => {
  it('given rectification, handling starts', () => {
    const o = fx.setMode(complaint({ status: 'investigating' }), input('set_mode', { mode: 'rectification', note: '立即清扫' }))
    expect(o).toEqual({
      to: 'handling',
      patch: { mode: 'rectification', coordinatingDepartments: [] },
      reason: '立即清扫',
      data: { mode: 'rectification' },
    })
  })

  it('refuses coordination without the departments taking part (INVALID_INPUT)', () => {
    expect(() => fx.setMode(complaint(), input('set_mode', { mode: 'coordination' }))).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })
})

describe('F1: the result goes to the complainant', () => {
  const handling = (over = {}) => complaint({ status: 'handling', mode: 'rectification', ...over })

  it('given a result within the handling clock, it is resolved on time, the feedback clocks start and the complainant is told', () => {
    const o = fx.giveResult(handling(), input('give_result', { summary: '已清扫并加派保洁' }), ctx(CAST.assignee))
    expect(o).toMatchObject({ to: 'resolved', data: { mode: 'rectification', onTime: true } })
    expect(o.patch).toMatchObject({
      mode: 'rectification',
      resolvedAt: NOW,
      result: { summary: '已清扫并加派保洁', mode: 'rectification', coordinatingDepartments: [], by: personRef(CAST.assignee), at: NOW },
    })
    expect(o.patch.deadlines).toMatchObject({
      handlingDueAt: endOf('2026-12-02'),
      returnVisitDueAt: endOf('2026-12-03'),
      autoCloseAt: NOW + 168 * HOUR,
    })
    expect(o.notify).toEqual([{ kind: 'result', audience: 'complainant' }])
  })

  it('H4: given a result after the handling deadline, the event says it was late', () => {
    expect(fx.giveResult(handling(), input('give_result', { summary: '已处理' }), ctx(CAST.assignee, at('2026-12-03'))).data).toMatchObject(
      { onTime: false },
    )
  })

  it('H3: given coordination chosen earlier, the result keeps its departments', () => {
    const c = handling({ mode: 'coordination', coordinatingDepartments: ['security'] })
    expect(fx.giveResult(c, input('give_result', { summary: '已协调' }), ctx(CAST.assignee)).patch.result?.coordinatingDepartments).toEqual(
      ['security'],
    )
  })

  it('refuses a result without a handling mode, or coordination without departments (INVALID_INPUT)', () => {
    expect(() => fx.giveResult(handling({ mode: undefined }), input('give_result', { summary: '已处理' }), ctx(CAST.assignee))).toThrow(
      expect.objectContaining({ message: '请选择处理方式' }),
    )
    expect(() =>
      fx.giveResult(handling({ mode: 'coordination' }), input('give_result', { summary: '已处理' }), ctx(CAST.assignee)),
    ).toThrow(expect.objectContaining({ message: '协调处理请选择参与协同的部门' }))
  })
})
