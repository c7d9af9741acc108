/** The conversation on a complaint (C4, G3-P5): who reads what, who writes, read state and badges (C1). */
import {
  afterMessage,
  attentionFor,
  postUnavailable,
  readerSide,
  threadAccess,
  threadView,
  type ThreadMessage,
} from '../../cloudfunctions/complaint/domain/conversation'
import { personRef } from '../../cloudfunctions/complaint/domain/policy'
import { CAST, complaint, HOUR, NOW, PEOPLE, undispatched } from './fixtures'

const msg = (side: 'complainant' | 'staff', who: keyof typeof CAST, text: string, at: number): ThreadMessage => ({
  _id: `${side}-${at}`,
  complaintId: 'c1',
  complaintNo: 'TS20261127-0001',
  side,
  from: personRef(CAST[who]),
  text,
  photos: [],
  at,
})
const THREAD = [msg('complainant', 'complainant', '今天又漏了', NOW - 2 * HOUR), msg('staff', 'assignee', '下午两点上门查看', NOW - HOUR)]
const url = (f: string) => `/files/${f}`

describe('C4, G3-P5: who may read the thread', () => {
  it('C4: the complainant and the staff who may see the complainant in full read all of it; department colleagues only the staff’s messages; others nothing', () => {
    const c = complaint({ status: 'investigating' })
    const access = Object.fromEntries(PEOPLE.map((n) => [n, threadAccess(c, CAST[n])]))
    expect(access).toEqual({
      complainant: 'full',
      otherResident: 'none',
      agent: 'full',
      csSupervisor: 'full',
      assignee: 'full',
      colleague: 'staff_only',
      supervisor: 'full',
      firstContact: 'full',
      outsider: 'none',
      otherSupervisor: 'none',
      manager: 'full',
    })
  })

  it('G3-P5: the staff member the complaint is about never sees the thread, even as a participant otherwise', () => {
    const c = complaint({ status: 'investigating', subjectStaff: { name: '孙伟', openid: CAST.firstContact.openid } })
    expect(threadAccess(c, CAST.firstContact)).toBe('none')
  })

  it('C4: a masked viewer sees the staff’s messages only, and may not write', () => {
    const v = threadView(complaint({ status: 'investigating' }), THREAD, CAST.colleague, url)
    expect(v).toMatchObject({ access: 'staff_only', side: null, canPost: false, unread: 0 })
    expect(v.messages.map((m) => m.text)).toEqual(['下午两点上门查看'])
    expect(v.postBlocked).toBeUndefined()
  })
})

describe('C4: writing and read state', () => {
  it('C4: the complainant sees their own as 我 with whether staff have read it, and staff by name and role', () => {
    const c = complaint({ status: 'investigating', seen: { staff: NOW - 90 * 60_000 } })
    const v = threadView(c, THREAD, CAST.complainant, url)
    expect(v.messages.map((m) => [m.author, m.mine, m.read])).toEqual([
      ['我', true, true],
      ['张洁（承办人）', false, undefined],
    ])
    expect(v.unread).toBe(1)
    const staffView = threadView(c, THREAD, CAST.assignee, url)
    expect(staffView.messages.map((m) => [m.author, m.read])).toEqual([
      ['投诉人', undefined],
      ['我', false],
    ])
    expect(staffView.unread).toBe(0)
  })

  it('C4: nobody writes on a finished complaint; the reason is given in Chinese', () => {
    for (const status of ['closed', 'refused', 'withdrawn'] as const)
      expect(postUnavailable(complaint({ status }), CAST.complainant)).toBe('投诉已结束，不能再留言')
    expect(postUnavailable(complaint({ status: 'resolved' }), CAST.complainant)).toBeNull()
    expect(postUnavailable(complaint(), CAST.otherResident)).toBe('forbidden')
  })

  it('C4: the complainant’s message reaches whoever handles it now; a staff reply reaches the complainant', () => {
    expect(afterMessage(complaint(), 'complainant', NOW)).toEqual({
      patch: { thread: { count: 1, lastAt: NOW, complainantAt: NOW }, seen: { complainant: NOW } },
      notify: [{ kind: 'resident_message', audience: 'assignee' }],
    })
    expect(afterMessage(undispatched(), 'complainant', NOW).notify).toEqual([{ kind: 'resident_message', audience: 'customer_service' }])
    const replied = afterMessage(complaint({ thread: { count: 1, lastAt: NOW - 1, complainantAt: NOW - 1 } }), 'staff', NOW)
    expect(replied).toEqual({
      patch: { thread: { count: 2, lastAt: NOW, complainantAt: NOW - 1, staffAt: NOW }, seen: { staff: NOW } },
      notify: [{ kind: 'reply', audience: 'complainant' }],
    })
  })
})

describe('C1, C4: badges and who clears them', () => {
  const c = complaint({
    status: 'investigating',
    additions: [{ id: 'a1', text: '又漏了', photos: [], at: NOW - HOUR }],
    thread: { count: 1, lastAt: NOW - HOUR, complainantAt: NOW - HOUR },
  })

  it('C1: the handler sees the new addition and message; a colleague who does not handle it sees no badge', () => {
    expect(attentionFor(c, CAST.assignee)).toEqual({ newInfo: 1, unreadMessages: true })
    expect(attentionFor(c, CAST.colleague)).toEqual({})
    expect(attentionFor({ ...c, seen: { staff: NOW } }, CAST.assignee)).toEqual({})
  })

  it('C4: the complainant sees an unread reply until they read it', () => {
    const replied = { ...c, thread: { ...c.thread!, staffAt: NOW } }
    expect(attentionFor(replied, CAST.complainant)).toEqual({ unreadMessages: true })
    expect(attentionFor({ ...replied, seen: { complainant: NOW } }, CAST.complainant)).toEqual({})
  })

  it('C1, C4: reading marks the complainant’s side, or the staff side for whoever handles it now only', () => {
    expect(readerSide(c, CAST.complainant)).toBe('complainant')
    expect(readerSide(c, CAST.assignee)).toBe('staff')
    expect(readerSide(c, CAST.manager)).toBeNull()
    expect(readerSide(undispatched(), CAST.agent)).toBe('staff')
    expect(readerSide(complaint({ status: 'escalated' }), CAST.manager)).toBe('staff')
  })
})
