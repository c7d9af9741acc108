/**
 * G3-P5, H2-S: the accused in the posts where they would otherwise see everything — a customer
 * service supervisor, who opens the full list, searches by person, proposes repeat refusals,
 * gets new-complaint messages and reads their department's reports — and an emergency about a
 * staff member, which reaches the department's WeCom group. On every path they see only the
 * outline and the allegation summary, never the complainant, their words, the place or the time;
 * totals count without it.
 */
import { setNow, U } from '../helpers/emulator'
import { readXlsx, startReportHarness, type ReportHarness } from '../helpers/report'

const PLACE = '客服中心前台'
const TEXT = '大声呵斥'
const RESIDENT = ['赵敏', '赵*', '2栋1101', '13600004444', '136****4444', 'demo-resident-04']
const SECRET = [PLACE, TEXT, ...RESIDENT, '10:17']
const GROUP = '693a91f6-7a1c-4bc4-97a0-0ec2efa5a201'
const month = { period: 'month', date: '2026-11-30' }

let h: ReportHarness
let about: { id: string; no: string }
let later: { id: string; no: string }

const secretsIn = (answer: unknown) => SECRET.filter((s) => JSON.stringify(answer).includes(s))

beforeAll(async () => {
  setNow('2026-11-30T02:17:00Z') // 10:17 in Shanghai
  h = await startReportHarness()
  await h.as(U.manager)('settings.save', { wecomRobots: { security: GROUP } })
  // 黄敏 (the customer service supervisor) is told of the new complaint before anyone knows it is about her.
  about = await h.as(U.zhao)('complaint.submit', {
    category: 'customer_service',
    location: PLACE,
    description: `前台的客服主管对我${TEXT}，态度恶劣。`,
  })
  setNow('2026-11-30T03:30:00Z')
  await h.as(U.agent)('complaint.act', {
    id: about.id,
    action: 'accept',
    departmentCode: 'customer_service',
    subjectStaff: { name: '黄敏', openid: U.csSupervisor },
  })
  // The same resident again, about the same: a repeat candidate of the first.
  later = await h.as(U.zhao)('complaint.submit', {
    category: 'customer_service',
    location: PLACE,
    description: `前台的客服主管还是对我${TEXT}。`,
  })
}, 60_000)
afterAll(() => {
  h.close()
  jest.useRealTimers()
})

describe('G3-P5 H2-S an accused customer service supervisor', () => {
  it('opens the complaint by link and sees only its outline and the allegation placeholder', async () => {
    const v = await h.as(U.csSupervisor)('complaint.get', { id: about.id })
    expect(v).toMatchObject({ disclosure: 'accused', complainant: null, location: '', photos: [], allowedActions: [] })
    expect(v.description).toBe('有一件投诉涉及您的工作，承办人将向您说明投诉要点并听取您的陈述。')
    expect(secretsIn(v)).toEqual([])
  })

  it('never finds it in any list, by any search, and no list counts it', async () => {
    for (const scope of ['tasks', 'queue', 'approvals', 'all']) {
      for (const q of [undefined, about.no, PLACE, TEXT, '赵敏', '2栋1101']) {
        const r = await h.as(U.csSupervisor)('complaint.list', { scope, q })
        expect([scope, q, r.items.map((x: any) => x.id)]).toEqual([
          scope,
          q,
          r.items.map((x: any) => x.id).filter((x: string) => x !== about.id),
        ])
        expect(r.total).toBe(r.items.length) // fewer than a page: the total is exactly what is listed
      }
    }
    const agentsAll = await h.as(U.agent)('complaint.list', { scope: 'all' })
    const hersAll = await h.as(U.csSupervisor)('complaint.list', { scope: 'all' })
    expect(agentsAll.items.map((x: any) => x.id)).toContain(about.id)
    expect(hersAll.total).toBe(agentsAll.total - 1)
  })

  it('is not offered it as a repeat candidate, and may not ask for the repeat candidates of the complaint about her', async () => {
    const agents = await h.as(U.agent)('complaint.repeatCandidates', { id: later.id })
    expect(agents.map((x: any) => x.id)).toContain(about.id)
    const hers = await h.as(U.csSupervisor)('complaint.repeatCandidates', { id: later.id })
    expect(hers.map((x: any) => x.id)).not.toContain(about.id)
    expect((await h.raw(U.csSupervisor)('complaint.repeatCandidates', { id: about.id })).error.code).toBe('NOT_FOUND')
  })

  it('reads the message she got before it was known to be about her as the accused may see it now', async () => {
    const mine = (await h.as(U.csSupervisor)('messages.list', {})).items.filter((m: any) => m.complaintId === about.id)
    expect(mine).toHaveLength(1)
    expect(mine[0]).toMatchObject({ title: '新投诉待受理', complaintNo: about.no })
    expect(secretsIn(mine)).toEqual([])
    const agents = (await h.as(U.agent)('messages.list', {})).items.find((m: any) => m.complaintId === about.id)
    expect(agents.fields.join()).toContain(PLACE) // as sent, for whoever may still see it
  })

  it('finds its outline in her department’s drill-down and list export, and may not export its form', async () => {
    const drill = await h.report(U.csSupervisor)('report.complaints', { filter: month })
    const row = drill.items.find((x: any) => x.id === about.id)
    expect(row).toMatchObject({ disclosure: 'accused', complainantName: null, phone: null, room: null, location: '' })
    expect(secretsIn(row)).toEqual([])
    const list = await h.report(U.csSupervisor)('export.complaints', { filter: month })
    const sheet = (await readXlsx(h, list.fileID))['投诉清单']
    const header = sheet[1] as string[]
    const cells = sheet.slice(2).find((x) => x[header.indexOf('投诉编号')] === about.no)!
    expect(cells[header.indexOf('投诉时间')]).toBe('2026-11-30')
    expect(secretsIn(cells)).toEqual([])
    expect((await h.rawReport(U.csSupervisor)('export.form', { id: about.id })).error.code).toBe('NOT_FOUND')
    expect(await h.docs('access_log', { complaintId: about.id })).toEqual([])
  })

  it('prints its registration form with nothing of the complainant, the matter or the time', async () => {
    const form = await h.as(U.csSupervisor)('complaint.form', { id: about.id })
    expect(form.notice).toBe('本投诉涉及您本人，按规定只显示投诉要点，不显示投诉人信息')
    expect(secretsIn(form)).toEqual([])
  })
})

describe('H1-E, H2-S an emergency about a staff member', () => {
  it('reaches the department’s group at once, without the place or the words (the group may include the accused)', async () => {
    const f = await h.as(U.agent)('complaint.register', {
      channel: 'onsite',
      category: 'security',
      location: '地下车库B区',
      description: '保安在车库与业主发生肢体冲突，有人受伤流血。',
      emergency: true,
      complainant: { name: '赵敏', room: '2栋1101', phone: '13600004444' },
      subjectStaff: { name: '马东', openid: U.guard },
    })
    const posts = h.emu.wecom.list(GROUP).filter((p) => p.content.includes(f.no))
    expect(posts.length).toBeGreaterThanOrEqual(1)
    expect(posts[0].content).toContain('紧急投诉，请立即处置')
    expect(posts.map((p) => p.content).join()).not.toMatch(/地下车库B区|肢体冲突|赵敏|13600004444|2栋1101/)
    // The handlers who may see it are told in full, each at their own level; the accused is not told.
    expect(JSON.stringify(h.emu.recorder.list(U.guard))).not.toContain(f.no)
    const handler = (await h.as(U.security)('messages.list', {})).items.find((m: any) => m.complaintId === f.id)
    expect(handler.fields.join()).toContain('地下车库B区')
  })
})
