/**
 * The registration form (A2/V2) defined once — complaint/domain/registration-form.ts — built from
 * the complaint as the viewer may see it (disclosure.ts, G3-P5, H2-S), and the .xlsx sheets the report
 * function lays out from it (report/domain/form-sheets.ts). Pure, in-process.
 */
import { discloseAt, disclosureOf, type Disclosure } from '../../cloudfunctions/complaint/domain/disclosure'
import { eventDetails } from '../../cloudfunctions/complaint/domain/event-details'
import type { Complaint, ComplaintEvent } from '../../cloudfunctions/complaint/domain/model'
import type { Actor } from '../../cloudfunctions/complaint/domain/policy'
import { EVENT_COLUMNS, registrationForm, type RegistrationForm } from '../../cloudfunctions/complaint/domain/registration-form'
import { formSheets, formTitle } from '../../cloudfunctions/report/domain/form-sheets'
import { CONFIRM_METHODS, EXTENSION_STATUS } from '@shared/labels'
import { DEFAULT_DEPARTMENTS } from '@shared/departments'

/** A Shanghai wall-clock time, `2026-11-02 09:00`, as ms UTC. */
const sh = (t: string) => Date.parse(`${t.replace(' ', 'T')}:00+08:00`)
const agent = { openid: 'o-agent', name: '林晓', role: 'agent' as const }
const cleaner = { openid: 'o-cleaner', name: '张洁', role: 'handler' as const }
const supervisor = { openid: 'o-sup', name: '何静', role: 'supervisor' as const }
const resident = { openid: 'o-wangli', name: '王丽', role: 'resident' as const }

/** A phone complaint registered by the agent, signed on the spot, handled by the cleaning department and rated. */
function complaint(overrides: Partial<Complaint> = {}): Complaint {
  return {
    _id: 'c1',
    no: 'TS20261102-0001',
    version: 9,
    status: 'closed',
    closure: 'satisfied',
    channel: 'phone',
    category: 'cleaning',
    tier: 'general',
    emergency: false,
    complainant: { openid: 'o-wangli', name: '王丽', room: '3栋2单元1502', phone: '13800001111' },
    location: '3栋大堂',
    description: '大堂地面很脏，无人清扫。',
    photos: ['cloud://env/complaints/20261102/a.jpg'],
    subjectStaff: { name: '何静', openid: 'o-sup' },
    firstContact: { ...agent, at: sh('2026-11-02 09:00') },
    registeredBy: agent,
    confirmation: {
      required: true,
      method: 'signature',
      signatureFile: 'cloud://env/signatures/s.png',
      by: agent,
      at: sh('2026-11-02 09:05'),
    },
    departmentCode: 'cleaning',
    assignee: cleaner,
    investigation: [{ id: 'i1', kind: 'site_visit', text: '地面有污渍', files: ['f1'], by: cleaner, at: sh('2026-11-02 11:00') }],
    extension: {
      newDeadline: '2026-11-20',
      reason: '等待材料',
      status: 'rejected',
      requestedBy: cleaner,
      requestedAt: sh('2026-11-03 09:00'),
      decidedBy: supervisor,
      decidedAt: sh('2026-11-03 10:00'),
      decisionNote: '期限内可完成',
    },
    result: {
      summary: '已清扫并加强巡查。',
      mode: 'rectification',
      coordinatingDepartments: [],
      files: [],
      by: cleaner,
      at: sh('2026-11-03 10:00'),
    },
    rating: { level: 5, comment: '很好', channel: 'self', at: sh('2026-11-03 12:00') },
    ratings: [{ level: 5, comment: '很好', channel: 'self', at: sh('2026-11-03 12:00') }],
    reopenCount: 0,
    deadlines: { dispatchDueAt: sh('2026-11-02 23:59'), handlingDueAt: sh('2026-11-09 23:59') },
    supervision: { level: 0 },
    createdAt: sh('2026-11-02 09:00'),
    acceptedAt: sh('2026-11-02 09:10'),
    dispatchedAt: sh('2026-11-02 09:10'),
    resolvedAt: sh('2026-11-03 10:00'),
    closedAt: sh('2026-11-03 12:00'),
    updatedAt: sh('2026-11-03 12:00'),
    ...overrides,
  }
}

const event = (
  action: string,
  actor: ComplaintEvent['actor'],
  at: string,
  from: Complaint['status'] | null,
  to: Complaint['status'],
  data?: Record<string, unknown>,
) => ({ complaintId: 'c1', complaintNo: 'TS20261102-0001', action, actor, at: sh(at), from, to, data }) as ComplaintEvent

const EVENTS = [
  event('register', agent, '2026-11-02 09:00', null, 'awaiting_confirmation'),
  event('confirm', agent, '2026-11-02 09:05', 'awaiting_confirmation', 'submitted', { method: 'signature' }),
  event('dispatch', agent, '2026-11-02 09:10', 'accepted', 'dispatched', { departmentCode: 'cleaning', onTime: true }),
  event('rate', resident, '2026-11-03 12:00', 'resolved', 'closed', { level: 5, channel: 'self' }),
]
const NOW = sh('2026-11-20 10:00')

/** The form as a viewer of `level` gets it; `full` is a contact viewer's printed form (revealed, logged by the caller). */
const formFor = (level: Disclosure | 'full', c = complaint()) =>
  registrationForm(
    level === 'full' ? discloseAt(c, 'contact', { reveal: true, events: EVENTS }) : discloseAt(c, level, { events: EVENTS }),
    NOW,
    DEFAULT_DEPARTMENTS,
  )
/** The rows of every section as one label → value map (labels are unique across sections). */
const rowsOf = (f: RegistrationForm) => Object.fromEntries(f.sections.flatMap((s) => s.rows))

describe('the registration form, defined once (A2, V2)', () => {
  it('given a complaint seen in full, it has the seven sections in order, each value in words', () => {
    const f = formFor('full')
    expect(f.title).toBe('物业后勤服务投诉登记表')
    expect(f.madeAt).toBe('2026年11月20日 10:00')
    expect(f.sections.map((s) => s.title)).toEqual(['基本信息', '投诉人', '投诉事项', '受理', '调查与处理', '期限与督办', '回访与评价'])
    expect(rowsOf(f)).toMatchObject({
      投诉编号: 'TS20261102-0001',
      状态: '已结案',
      结案方式: '满意结案',
      投诉渠道: '电话',
      投诉时间: '2026年11月2日 09:00',
      记录版本: '9',
      姓名: '王丽',
      房号: '3栋2单元1502',
      联系电话: '13800001111',
      小程序用户: '是',
      照片: '1 张',
      首问责任人: '林晓（2026年11月2日 09:00）',
      登记人: '林晓（客服专员）',
      投诉人签字: '已签字',
      承办部门: '保洁部',
      调查记录: '2026年11月2日 11:00 现场勘查 张洁：地面有污渍（附件 1）',
      处理结果: '已清扫并加强巡查。（立即整改，张洁，2026年11月3日 10:00）',
      超时升级: '未升级',
      当前评价: '非常满意（业主自评）：很好',
    })
    expect(f.masked).toBe(false)
    expect(f.notice).toBe('')
    expect(f.photos).toEqual(['cloud://env/complaints/20261102/a.jpg'])
    expect(f.signature).toBe('cloud://env/signatures/s.png')
  })

  it('given a field with no value, it shows — rather than an empty cell', () => {
    const rows = rowsOf(formFor('full', complaint({ involved: undefined, mode: undefined, finalReply: undefined })))
    expect([rows['涉及人员'], rows['处理方式'], rows['经理答复'], rows['不予受理']]).toEqual(['—', '—', '—', '—'])
  })

  it('given a rejected extension, it uses the same word as the app (已驳回), with the decision note', () => {
    expect(EXTENSION_STATUS.rejected).toBe('已驳回')
    expect(rowsOf(formFor('full'))['延期申请']).toBe('延至 2026-11-20：等待材料（已驳回；审批意见：期限内可完成）')
  })

  it('given a signed registration, the confirmation names the method with the app’s word', () => {
    expect(rowsOf(formFor('full'))['投诉人确认']).toBe(`已确认：${CONFIRM_METHODS.signature}，2026年11月2日 09:05，林晓（客服专员）`)
  })

  it('given a complaint repeating another (A4-R4), it names the earlier complaint by number', () => {
    const c = complaint({ repeatOf: 'earlier-id' })
    const seen = discloseAt(c, 'contact', { reveal: true, events: EVENTS })
    expect(rowsOf(registrationForm(seen, NOW, DEFAULT_DEPARTMENTS, 'TS20261001-0003'))['重复投诉关联']).toBe('TS20261001-0003')
  })

  it('given the events, the processing record has one row per event with its columns in words', () => {
    const f = formFor('full')
    expect(f.eventColumns).toEqual(EVENT_COLUMNS)
    expect(f.events.map((e) => [e.action, e.actor, e.change])).toEqual([
      ['代为登记', '林晓（客服专员）', '待投诉人确认'],
      ['确认登记内容', '林晓（客服专员）', '待投诉人确认 → 待受理'],
      ['派单', '林晓（客服专员）', '已受理 → 已派单'],
      ['评价', '王丽（业主/住户）', '已办结待评价 → 已结案'],
    ])
    expect(f.events[2].note).toBe('承办部门：保洁部；时限：按时')
  })
})

describe('G3-P5 the form shows the complainant only as the viewer may see them', () => {
  it('given a masked viewer, name and phone are masked everywhere, the room stays, and the form says so', () => {
    const f = formFor('masked')
    expect(rowsOf(f)).toMatchObject({ 姓名: '王*', 联系电话: '138****1111', 房号: '3栋2单元1502' })
    expect(f.events[3].actor).toBe('王*（业主/住户）')
    expect(f.masked).toBe(true)
    expect(f.notice).toBe('投诉人联系方式已按权限隐去部分信息')
    expect(JSON.stringify(f)).not.toMatch(/王丽|13800001111/)
  })

  it('given a contact viewer who did not ask for the details (the detail page), the form is masked like any staff view', () => {
    const f = formFor('contact')
    expect(rowsOf(f)).toMatchObject({ 姓名: '王*', 联系电话: '138****1111' })
    expect(f.notice).toBe('投诉人联系方式已按权限隐去部分信息')
  })

  it('G3-P5, H2-S given the staff member the complaint is about, the form holds no complainant, no matter but the allegation, no exact time', () => {
    const f = formFor('accused')
    const rows = rowsOf(f)
    expect(f.sections[1]).toEqual({ title: '投诉人', rows: [['投诉人', '不显示']] })
    expect(f.notice).toBe('本投诉涉及您本人，按规定只显示投诉要点，不显示投诉人信息')
    expect(rows).toMatchObject({
      地点: '—',
      投诉要点: '有一件投诉涉及您的工作，承办人将向您说明投诉要点并听取您的陈述。',
      投诉时间: '2026-11-02',
    })
    expect([rows['首问责任人'], rows['登记人'], rows['投诉人签字'], rows['调查记录'], rows['处理结果'], rows['当前评价']]).toEqual([
      '—',
      '—',
      '无',
      '—',
      '—',
      '—',
    ])
    expect(f.photos).toEqual([])
    expect(f.signature).toBeUndefined()
    expect(f.events).toEqual([])
    expect(JSON.stringify(f)).not.toMatch(/王丽|王\*|13800001111|138\*|1502|o-wangli|3栋大堂|很脏|09:0|很好/)
  })

  it('H2-S given an allegation summary, the accused reads it in place of the complaint’s text', () => {
    const allegation = { text: '11月初保洁工作被反映不到位。', by: agent, at: sh('2026-11-02 10:00') }
    expect(rowsOf(formFor('accused', complaint({ allegation })))['投诉要点']).toBe('11月初保洁工作被反映不到位。')
    expect(rowsOf(formFor('full', complaint({ allegation })))['告知员工的投诉要点']).toBe(
      '11月初保洁工作被反映不到位。（林晓，2026年11月2日 10:00）',
    )
  })

  it('given a staff member the complaint is about, the policy puts them at the accused’s level whatever their post', () => {
    const c = complaint()
    const subject: Actor = { ...supervisor, departmentCode: 'cleaning' }
    const manager: Actor = { openid: 'o-mgr', name: '周经理', role: 'manager' }
    expect(disclosureOf(c, subject)).toBe('accused')
    expect(disclosureOf(c, manager)).toBe('contact')
    expect(disclosureOf(complaint({ subjectStaff: undefined }), subject)).toBe('contact')
  })
})

describe('the .xlsx registration form renders the same definition (V2)', () => {
  it('given a form, the 登记表 sheet holds every section heading and every row, in order, with the same words', () => {
    const f = formFor('masked')
    const [sheet] = formSheets(f)
    expect(sheet.name).toBe('登记表')
    expect(sheet.title).toBe(formTitle(f))
    expect(sheet.title).toBe('物业后勤服务投诉登记表 TS20261102-0001（制表时间 2026年11月20日 10:00；投诉人联系方式已按权限隐去部分信息）')
    expect(sheet.rows).toEqual(f.sections.flatMap((s) => [[`【${s.title}】`, ''], ...s.rows]))
  })

  it('given a form, the 处理记录 sheet has the processing record’s column titles and one row per event', () => {
    const f = formFor('full')
    const [, record] = formSheets(f)
    expect(record.header).toEqual(['时间', '操作', '操作人', '状态变化', '说明'])
    expect(record.rows).toEqual(f.events.map((e) => [e.at, e.action, e.actor, e.change, e.note]))
  })
})

describe('event details in words (V2)', () => {
  it('given a rating, it names the level and how it was given', () => {
    expect(eventDetails('rate', { level: 2, channel: 'phone' }, DEFAULT_DEPARTMENTS)).toBe('评价：不满意；回访方式：电话回访')
  })
  it('given a late dispatch, it says so', () => {
    expect(eventDetails('dispatch', { departmentCode: 'engineering', onTime: false }, DEFAULT_DEPARTMENTS)).toBe(
      '承办部门：工程部；时限：超时',
    )
  })
  it('given a department renamed in settings, the record names it as settings do now, before and after a transfer', () => {
    const renamed = DEFAULT_DEPARTMENTS.map((d) => (d.code === 'engineering' ? { ...d, name: '工程维修中心' } : d))
    expect(eventDetails('transfer', { fromDepartment: 'engineering', departmentCode: 'cleaning' }, renamed)).toBe(
      '原承办部门：工程维修中心；承办部门：保洁部',
    )
  })
  it('given an escalation, it adds nothing to the reason, which already says it', () => {
    expect(eventDetails('escalate', { clock: 'handling', level: 2 }, DEFAULT_DEPARTMENTS)).toBe('')
  })
  it('given internal references only, it shows none of them', () => {
    expect(eventDetails('refuse', { ground: 'A4-R4', repeatOf: 'abc123' }, DEFAULT_DEPARTMENTS)).toBe(
      '理由：A4-R4 重复投诉且无新事实、新理由',
    )
  })
})
