/**
 * Issue 18, matters: the pure rules of linking, unlinking and starting a matter (domain/matter.ts),
 * the shared result (effects/matter.ts), what a complainant sees of the matter (matter-view.ts),
 * and the candidate scoring with its reasons (matter-candidates.ts).
 */
import { DEFAULT_ESTATE } from '@shared/matters'
import { decide } from '../../cloudfunctions/complaint/domain/lifecycle'
import {
  estateOf,
  leadAfter,
  link,
  linkProblem,
  newMatter,
  pairProblem,
  unlink,
  unlinkProblem,
  type Matter,
} from '../../cloudfunctions/complaint/domain/matter'
import { buildingOf, rankMatters, scoreMatter } from '../../cloudfunctions/complaint/domain/matter-candidates'
import { matterProgress, matterRows } from '../../cloudfunctions/complaint/domain/matter-view'
import { personRef } from '../../cloudfunctions/complaint/domain/policy'
import { CAST, HOUR, NOW, complaint, ctx } from './fixtures'

const by = personRef(CAST.agent)
const lead = complaint({ _id: 'c1', status: 'investigating' })
const other = complaint({
  _id: 'c2',
  no: 'TS20261127-0002',
  complainant: { openid: CAST.otherResident.openid, name: '陈明', room: '5栋1单元302', phone: '13900002222' },
  description: '陈明家门口电梯厅很脏',
})
const matter = (over: Partial<Matter> = {}): Matter => ({
  ...newMatter(lead, '3栋电梯厅清洁', by, NOW),
  _id: 'm1',
  no: 'SX20261130-0001',
  ...over,
})

describe('linking (domain/matter.ts)', () => {
  it('given no estate, a complaint is of the default estate (issue 16 fills it)', () => {
    expect(estateOf(lead)).toBe(DEFAULT_ESTATE)
    expect(newMatter(lead, '', by, NOW)).toMatchObject({ estate: DEFAULT_ESTATE, title: '3栋电梯厅', leadId: 'c1', complaintIds: ['c1'] })
  })

  it('given an open matter of the same estate, an accepted complaint may join it', () => {
    expect(linkProblem(other, matter())).toBeNull()
  })

  it.each([
    ['a complaint of another estate', complaint({ _id: 'c3', estate: 'other' }), matter(), '不能关联其他小区的投诉'],
    ['a finished matter', other, matter({ status: 'resolved' }), '已办结，不能再关联投诉'],
    ['a complaint already in it', other, matter({ complaintIds: ['c1', 'c2'] }), '已在事项'],
    [
      'a complaint in another matter',
      complaint({ _id: 'c3', matter: { id: 'm9', no: 'SX9', lead: false, at: NOW } }),
      matter(),
      '已关联事项 SX9',
    ],
    ['a complaint not accepted yet', complaint({ _id: 'c3', status: 'submitted' }), matter(), '请先受理'],
    ['a complaint with its result', complaint({ _id: 'c3', status: 'resolved' }), matter(), '不能关联事项'],
    ['a reopened complaint (F3: handled alone)', complaint({ _id: 'c3', status: 'reopened' }), matter(), '不能关联事项'],
    ['a complaint about a staff member (H2-S)', complaint({ _id: 'c3', subjectStaff: { name: '马东' } }), matter(), '涉及员工本人'],
  ])('refuses %s with a Chinese reason', (_, c, m, reason) => {
    expect(linkProblem(c, m)).toContain(reason)
  })

  it('refuses linking a complaint with itself, and two estates as a pair', () => {
    expect(pairProblem(lead, lead)).toBe('不能将投诉关联到它自己')
    expect(pairProblem(lead, complaint({ _id: 'c3', estate: 'other' }))).toBe('不能关联其他小区的投诉')
    expect(pairProblem(lead, other)).toBeNull()
  })

  it('a link keeps the complaint state, adds it to the matter and writes one event naming only the matter', () => {
    const change = link(other, matter(), by, NOW + HOUR)
    expect(change.complaint).toMatchObject({ status: 'dispatched', version: other.version + 1, matter: { id: 'm1', lead: false } })
    expect(change.matter).toMatchObject({ complaintIds: ['c1', 'c2'], lastLinkedAt: NOW + HOUR, version: 2 })
    expect(change.event).toMatchObject({
      action: 'link_matter',
      from: 'dispatched',
      to: 'dispatched',
      data: { matterNo: 'SX20261130-0001' },
    })
    expect(JSON.stringify(change.event)).not.toContain('王丽')
  })
})

describe('unlinking', () => {
  const linked = link(other, matter(), by, NOW)
  it.each([
    ['a complaint in no matter', other, matter(), '该投诉未关联事项'],
    ['the last complaint of a matter', link(lead, matter(), by, NOW).complaint, matter(), '最后一件投诉'],
    ['the lead', link(lead, linked.matter, by, NOW).complaint, linked.matter, '主办投诉'],
    ['a complaint of a finished matter', linked.complaint, { ...linked.matter, status: 'resolved' as const }, '已办结'],
  ])('refuses %s', (_, c, m, reason) => {
    expect(unlinkProblem(c, m)).toContain(reason)
  })

  it('unlinking removes the link only: the record stays, the event says why', () => {
    const out = unlink(linked.complaint, linked.matter, by, NOW + HOUR, '不是同一部电梯')
    expect(out.complaint.matter).toBeUndefined()
    expect(out.complaint).toMatchObject({ description: other.description, status: other.status, version: linked.complaint.version + 1 })
    expect(out.matter.complaintIds).toEqual(['c1'])
    expect(out.event).toMatchObject({ action: 'unlink_matter', reason: '不是同一部电梯' })
  })
})

describe('the matter handled once', () => {
  const result = {
    summary: '已安排专人清扫',
    mode: 'rectification' as const,
    coordinatingDepartments: [],
    files: ['cloud://x'],
    by: personRef(CAST.assignee),
    at: NOW,
  }

  it('F1 share_result gives a linked complaint the lead result (without the lead files) and tells its complainant', () => {
    const o = decide(other, 'share_result', { matterNo: 'SX1', result }, ctx(CAST.system, NOW + HOUR))
    expect(o.to).toBe('resolved')
    expect(o.patch.result).toMatchObject({ summary: '已安排专人清扫', files: [], at: NOW + HOUR })
    expect(o.patch.deadlines?.returnVisitDueAt).toBeGreaterThan(NOW)
    expect(o.notify).toEqual([{ kind: 'result', audience: 'complainant' }])
  })

  it("F3 share_result is the system's alone and never touches a reopened complaint", () => {
    expect(() => decide(other, 'share_result', { matterNo: 'SX1', result }, ctx(CAST.agent))).toThrow()
    expect(() => decide(complaint({ status: 'reopened' }), 'share_result', { matterNo: 'SX1', result }, ctx(CAST.system))).toThrow()
  })

  it('C3 given the lead withdrawn, the first linked complaint still open leads', () => {
    const m = matter({ complaintIds: ['c1', 'c2'] })
    expect(leadAfter(m, [lead, other])?._id).toBe('c1')
    expect(leadAfter(m, [{ ...lead, status: 'withdrawn' }, other])?._id).toBe('c2')
    // In the order they were linked, whatever order the database read them in.
    const third = { ...other, _id: 'c3' }
    expect(leadAfter({ ...m, complaintIds: ['c1', 'c2', 'c3'] }, [third, { ...lead, status: 'withdrawn' }, other])?._id).toBe('c2')
    expect(
      leadAfter(m, [
        { ...lead, status: 'withdrawn' },
        { ...other, status: 'closed' },
      ]),
    ).toBeNull()
  })
})

describe('G3-P5 what each sees of the matter', () => {
  const m = matter({ complaintIds: ['c1', 'c2'] })
  it('a complainant sees the count and the stage, not the lead, its number or the title', () => {
    const p = matterProgress(m, other, lead, CAST.otherResident)
    expect(p).toEqual({
      no: 'SX20261130-0001',
      status: 'open',
      statusLabel: '处理中',
      count: 2,
      summary: '此问题已合并处理，共 2 位业主反映',
      stage: '调查中',
      resolvedAt: undefined,
      notices: [],
    })
  })

  it('staff rows show each complainant at their level: masked for a handler, nothing for an outsider', () => {
    expect(matterRows(m, [other, lead], CAST.colleague).map((r) => [r.no, r.complainantName, r.lead])).toEqual([
      ['TS20261127-0001', '王*', true],
      ['TS20261127-0002', '陈*', false],
    ])
    expect(matterRows(m, [lead], CAST.outsider)[0]).toMatchObject({ complainantName: null, room: null, location: '', opens: false })
  })
})

describe('candidate scoring (matter-candidates.ts)', () => {
  const c = { location: '3栋2单元电梯', category: 'engineering' as const, at: NOW }
  it('the same place, category and day scores 7 with three reasons', () => {
    expect(scoreMatter(c, { ...c, at: NOW - 2 * HOUR })).toEqual({
      score: 7,
      reasons: ['同一地点“3栋2单元电梯”', '同为“工程维修”', '24小时内反映'],
      suggested: true,
    })
  })

  it('the same building lift, spelt differently, within three days is suggested', () => {
    expect(scoreMatter(c, { location: '3号楼1单元电梯', category: 'engineering', at: NOW - 48 * HOUR })).toEqual({
      score: 5,
      reasons: ['同在3栋的电梯', '同为“工程维修”', '3天内反映'],
      suggested: true,
    })
  })

  it('another building lift of another category a week ago is not suggested', () => {
    expect(scoreMatter(c, { location: '8栋电梯', category: 'cleaning', at: NOW - 7 * 24 * HOUR })).toEqual({
      score: 1,
      reasons: ['同类设施“电梯”'],
      suggested: false,
    })
  })

  it('ranks best first, then the most recently linked', () => {
    const ranked = rankMatters(c, [
      { id: 'far', location: '东门', category: 'security' as const, at: NOW },
      { id: 'old', location: '3栋2单元电梯', category: 'engineering' as const, at: NOW - 30 * HOUR },
      { id: 'best', location: '3栋2单元电梯', category: 'engineering' as const, at: NOW - HOUR },
    ])
    expect(ranked.map((m) => m.id)).toEqual(['best', 'old', 'far'])
    expect(buildingOf('3号楼2单元电梯')).toBe('3栋')
  })
})
