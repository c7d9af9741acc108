/** What each caller sees of a complaint (G3-P4, G3-P5): the summary, the full view and the timeline. */
import { COMPLAINANT_EVENTS, disclose } from '../../cloudfunctions/complaint/domain/disclosure'
import type { Complaint, ComplaintEvent } from '../../cloudfunctions/complaint/domain/model'
import { personRef, type Actor } from '../../cloudfunctions/complaint/domain/policy'
import { summaryFor as toSummary, toView } from '../../cloudfunctions/complaint/domain/view'
import { RECOURSE_NOTICE } from '@shared/vocabulary'
import { CAST, complaint, ctx, HOUR, NOW, type CastName } from './fixtures'
import { DEFAULT_DEPARTMENTS } from '@shared/departments'

const url = (f: string) => `https://files/${f.slice(8)}`
const view = (n: CastName, c = complaint()) => toView(c, ctx(CAST[n]), disclose(c, CAST[n]), url)
/** The timeline `actor` sees of `c`. */
const timelineFor = (c: Complaint, events: (ComplaintEvent & { _id: string })[], actor: Actor) => disclose(c, actor, { events }).events
const investigated = () =>
  complaint({
    status: 'investigating',
    investigation: [{ id: 'n1', kind: 'note', text: '监控显示无人清扫', files: ['cloud://cctv'], by: personRef(CAST.assignee), at: NOW }],
    statement: { text: '当天请假', files: [], recordedBy: personRef(CAST.supervisor), at: NOW },
    confirmation: { required: true, method: 'signature', signatureFile: 'cloud://sig', at: NOW },
  })

describe('toSummary: one row of a list', () => {
  it('G3-P5: shows the complainant their own name, staff a masked one, and the staff member it is about none', () => {
    const aboutColleague = complaint({ subjectStaff: { name: '李强', openid: CAST.colleague.openid } })
    expect(toSummary(aboutColleague, CAST.complainant, NOW, DEFAULT_DEPARTMENTS).complainantName).toBe('王丽')
    expect(toSummary(aboutColleague, CAST.assignee, NOW, DEFAULT_DEPARTMENTS).complainantName).toBe('王*')
    expect(toSummary(aboutColleague, CAST.colleague, NOW, DEFAULT_DEPARTMENTS).complainantName).toBeNull()
  })

  it('V1: carries the deadline that applies now, near within 24 hours and overdue after it', () => {
    const c = complaint({ deadlines: { handlingDueAt: NOW + 2 * HOUR } })
    expect(toSummary(c, CAST.assignee, NOW, DEFAULT_DEPARTMENTS).due).toEqual({
      kind: 'handling',
      at: NOW + 2 * HOUR,
      overdue: false,
      near: true,
    })
    expect(toSummary(c, CAST.assignee, NOW + 3 * HOUR, DEFAULT_DEPARTMENTS).due).toMatchObject({ overdue: true, near: false })
    expect(toSummary(complaint({ status: 'resolved' }), CAST.assignee, NOW, DEFAULT_DEPARTMENTS).due).toBeUndefined()
  })

  it('H3-PLAN, H3-EXT: marks a plan or an extension waiting for a decision', () => {
    expect(toSummary(complaint({ status: 'plan_pending' }), CAST.supervisor, NOW, DEFAULT_DEPARTMENTS).pendingApproval).toBe(true)
    expect(toSummary(complaint(), CAST.supervisor, NOW, DEFAULT_DEPARTMENTS).pendingApproval).toBe(false)
  })

  it('labels status, category and tier in Chinese, and previews 60 characters of the description', () => {
    const s = toSummary(complaint({ description: '脏'.repeat(70) }), CAST.agent, NOW, DEFAULT_DEPARTMENTS)
    expect(s).toMatchObject({
      statusLabel: '已派单',
      categoryLabel: '清洁卫生',
      tierLabel: '一般投诉',
      departmentName: '保洁部',
      assigneeName: '张洁',
    })
    expect(Array.from(s.preview)).toHaveLength(60)
  })
})

describe('toView: the full record as each caller may see it (G3-P5)', () => {
  it('shows the complainant their own details in full, with nothing to reveal', () => {
    expect(view('complainant').complainant).toEqual({
      name: '王丽',
      room: '3栋2单元1502',
      phone: '13800001111',
      masked: false,
      canReveal: false,
    })
  })

  it('shows staff the name and phone masked, revealable only by those whose post needs it', () => {
    expect(view('assignee').complainant).toEqual({ name: '王*', room: '3栋2单元1502', phone: '138****1111', masked: true, canReveal: true })
    expect(view('colleague').complainant).toMatchObject({ masked: true, canReveal: false })
  })

  it('shows the staff member the complaint is about neither the complainant, nor the signature, nor the first-contact owner', () => {
    const about = { ...investigated(), subjectStaff: { name: '李强', openid: CAST.colleague.openid } }
    const v = view('colleague', about)
    expect(v.complainant).toBeNull()
    expect(v.complainantName).toBeNull()
    expect(v.confirmation).toEqual({ required: false, confirmed: false, method: undefined, signature: undefined })
    expect(v.firstContact).toBeUndefined()
    expect(v.allowedActions).toEqual([])
  })

  it('H2-S shows the accused the allegation in staff’s words, their own statement and who takes it — not the text, photos, place, time or investigation', () => {
    const allegation = { text: '被反映11月下旬未按时清扫电梯厅。', by: personRef(CAST.agent), at: NOW }
    const about = { ...investigated(), subjectStaff: { name: '李强', openid: CAST.colleague.openid }, allegation }
    const v = view('colleague', about)
    expect(v).toMatchObject({
      disclosure: 'accused',
      description: '被反映11月下旬未按时清扫电梯厅。',
      preview: '被反映11月下旬未按时清扫电梯厅。',
      location: '',
      photos: [],
      investigation: [],
      statement: { text: '当天请假', by: '赵敏' },
      assigneeName: '张洁',
      createdAt: Date.parse('2026-11-26T16:00:00Z'),
      acceptedAt: undefined,
      deadlines: {},
      due: undefined,
    })
    expect(JSON.stringify(v)).not.toMatch(/电梯厅地面三天没有清扫|3栋电梯厅|photo-1|监控|王|138|1502|孙伟/)
    expect(view('colleague', { ...about, allegation: undefined }).description).toBe(
      '有一件投诉涉及您的工作，承办人将向您说明投诉要点并听取您的陈述。',
    )
    expect(view('supervisor', about).allegation).toEqual({ text: '被反映11月下旬未按时清扫电梯厅。', by: '林晓', at: NOW })
    expect(view('complainant', about).allegation).toBeUndefined()
  })

  it('H2, H2-S: keeps the investigation record and the statement from the complainant, and shows them to staff with their files', () => {
    expect(view('complainant', investigated())).toMatchObject({ investigation: [], statement: undefined })
    const v = view('supervisor', investigated())
    expect(v.investigation).toEqual([
      {
        id: 'n1',
        kind: 'note',
        text: '监控显示无人清扫',
        files: [{ fileID: 'cloud://cctv', url: 'https://files/cctv' }],
        by: '张洁',
        at: NOW,
      },
    ])
    expect(v.statement).toEqual({ text: '当天请假', files: [], by: '赵敏', at: NOW })
    expect(v.confirmation.signature).toEqual({ fileID: 'cloud://sig', url: 'https://files/sig' })
  })

  it('G3-P4: shows the first-contact owner as accountable until the complaint is dispatched', () => {
    expect(view('agent', complaint({ status: 'accepted' })).firstContact).toMatchObject({ name: '孙伟', accountable: true })
    expect(view('agent').firstContact).toMatchObject({ name: '孙伟', accountable: false })
  })

  it('F3: shows the recourse notice once the complaint went to the manager, and after the final reply', () => {
    expect(view('complainant', complaint({ status: 'escalated' })).recourseNotice).toBe(RECOURSE_NOTICE)
    expect(view('complainant', complaint({ status: 'closed', closure: 'dissatisfied_final' })).recourseNotice).toBe(RECOURSE_NOTICE)
    expect(view('complainant', complaint({ status: 'closed', closure: 'satisfied' })).recourseNotice).toBeUndefined()
  })

  it('carries the actions the caller may take now, and those a guard blocks with the reason', () => {
    const c = complaint({ status: 'investigating', subjectStaff: { name: '吴芳', openid: CAST.outsider.openid } })
    const v = view('assignee', c)
    expect(v.allowedActions).toEqual(['add_note', 'record_statement', 'request_extension', 'summarise_allegation'])
    expect(v.blockedActions.map((b) => b.action)).toEqual(['set_mode', 'submit_plan', 'give_result'])
  })

  it('H4-2: offers the last day a plan or extension may reach only to whoever may ask for one', () => {
    expect(view('assignee', complaint({ status: 'investigating' })).latestDay).toBe('2026-12-18')
    expect(view('supervisor', complaint({ status: 'investigating' })).latestDay).toBeUndefined()
  })

  it('labels the result, the ratings and the refusal', () => {
    const v = view(
      'complainant',
      complaint({
        status: 'closed',
        result: { summary: '已清扫', mode: 'rectification', coordinatingDepartments: [], files: [], by: personRef(CAST.assignee), at: NOW },
        rating: { level: 4, comment: '', channel: 'self', at: NOW },
        ratings: [{ level: 4, comment: '', channel: 'self', at: NOW }],
        refusal: { ground: 'A4-R1', explanation: '不属物业', by: personRef(CAST.agent), at: NOW },
      }),
    )
    expect(v.result).toEqual({ summary: '已清扫', modeLabel: '立即整改', files: [], by: '张洁', at: NOW })
    expect(v.rating).toEqual({ level: 4, levelLabel: '满意', comment: '', channelLabel: '业主自评', at: NOW })
    expect(v.refusal).toMatchObject({ groundLabel: '不属于物业管理处职责范围', explanation: '不属物业' })
  })
})

describe('timelineFor: the history each caller sees (G3-P5)', () => {
  const event = (action: string, actor = personRef(CAST.assignee)): ComplaintEvent & { _id: string } => ({
    _id: action,
    complaintId: 'c1',
    complaintNo: 'TS20261127-0001',
    action,
    actor,
    at: NOW,
    from: 'investigating',
    to: 'investigating',
  })
  const history = [
    event('submit', personRef(CAST.complainant)),
    event('take'),
    event('add_note'),
    event('record_statement'),
    event('give_result'),
  ]

  it('shows the complainant the steps of the procedure, not the investigation’s internals', () => {
    expect(timelineFor(complaint(), history, CAST.complainant).map((e) => e.action)).toEqual(['submit', 'take', 'give_result'])
    expect(COMPLAINANT_EVENTS.has('add_note')).toBe(false)
  })

  it('shows staff every event, with the resident’s name masked', () => {
    const t = timelineFor(complaint(), history, CAST.supervisor)
    expect(t.map((e) => e.action)).toEqual(['submit', 'take', 'add_note', 'record_statement', 'give_result'])
    expect(t[0].actor).toMatchObject({ name: '王*', role: 'resident', openid: '' })
  })

  it('H2-S shows the staff member the complaint is about only their own statement being taken: no resident, no other step', () => {
    const about = complaint({ subjectStaff: { name: '李强', openid: CAST.colleague.openid } })
    expect(timelineFor(about, history, CAST.colleague).map((e) => [e.action, e.actor.name])).toEqual([['record_statement', '张洁']])
  })
})
