/**
 * G3-P5, H2-S: one confidentiality rule for every rendering of a complaint. One complaint about
 * the east-gate guard, every sensitive field holding a canary (test/helpers/disclosure.ts), is
 * read through every read action of both functions — complaint.get, complaint.list in each scope
 * and by search, revealContact, complaint.form, messages.list, the subscription messages and
 * robot posts as the emulator recorded them, report.complaints, export.complaints and
 * export.form — as every relation to it, and each answer is read back field by field against
 * what the relation's level may see. The expected table is written here from the procedure.
 */
import { CANARY, leaks, observeForm, observeRow, observeView, rowSees, SEES, type Level } from '../helpers/disclosure'
import { setNow, U } from '../helpers/emulator'
import { readXlsx, startReportHarness, type ReportHarness } from '../helpers/report'

const MEMBER = 'demo-new-security-member'
const CREATED = Date.parse('2026-11-30T07:23:00Z') // 15:23 in Shanghai: the canary of the exact time
const SCOPES = ['mine', 'tasks', 'queue', 'approvals', 'escalated', 'all']
const GROUP = { security: '693a91f6-7a1c-4bc4-97a0-0ec2efa5a101', office: '693a91f6-7a1c-4bc4-97a0-0ec2efa5a102' }

type Refusal = 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED'
interface Relation {
  openid: string
  /** complaint.get: the level, or how it is refused. */
  detail: Level | Refusal
  /** complaint.form: the level (revealed: in full, logged), or how it is refused. */
  form: Level | Refusal
  /** complaint.revealContact: allowed, or how it is refused. */
  reveal: true | Refusal
  /** The lists (complaint.list scopes) the complaint is in for them. */
  lists: string[]
}

/** Every relation to the complaint, as the procedure has them see it (G3-P4, G3-P5, H2-S). */
const CAST: Record<string, Relation> = {
  complainant: { openid: U.liu, detail: 'complainant', form: 'FORBIDDEN', reveal: 'FORBIDDEN', lists: ['mine'] },
  firstContact: { openid: U.engineering, detail: 'masked', form: 'revealed', reveal: true, lists: [] },
  customerService: { openid: U.agent, detail: 'masked', form: 'revealed', reveal: true, lists: ['all'] },
  handler: { openid: U.security, detail: 'masked', form: 'revealed', reveal: true, lists: ['tasks'] },
  departmentMember: { openid: MEMBER, detail: 'masked', form: 'masked', reveal: 'FORBIDDEN', lists: ['tasks'] },
  accused: { openid: U.guard, detail: 'accused', form: 'accused', reveal: 'FORBIDDEN', lists: [] },
  supervisor: { openid: U.securitySupervisor, detail: 'masked', form: 'revealed', reveal: true, lists: ['tasks'] },
  manager: { openid: U.manager, detail: 'masked', form: 'revealed', reveal: true, lists: ['tasks', 'all'] },
  otherDepartment: { openid: U.cleaning, detail: 'NOT_FOUND', form: 'NOT_FOUND', reveal: 'NOT_FOUND', lists: [] },
  otherSupervisor: { openid: U.cleaningSupervisor, detail: 'NOT_FOUND', form: 'NOT_FOUND', reveal: 'NOT_FOUND', lists: [] },
  otherResident: { openid: U.chen, detail: 'NOT_FOUND', form: 'FORBIDDEN', reveal: 'FORBIDDEN', lists: [] },
  stranger: { openid: U.stranger, detail: 'UNAUTHENTICATED', form: 'UNAUTHENTICATED', reveal: 'UNAUTHENTICATED', lists: [] },
}
const WHO = Object.keys(CAST)

/** Report function: the level of each relation's drill-down rows and exports (null: not in their reports; a code: refused). */
const REPORTS: Record<string, { rows: Level | null | Refusal; exportRows: Level | null | Refusal; exportForm: Level | Refusal }> = {
  supervisor: { rows: 'masked', exportRows: 'masked', exportForm: 'masked' },
  manager: { rows: 'masked', exportRows: 'revealed', exportForm: 'revealed' },
  otherSupervisor: { rows: null, exportRows: null, exportForm: 'NOT_FOUND' },
}
const reportsOf = (who: string) => REPORTS[who] ?? { rows: 'FORBIDDEN', exportRows: 'FORBIDDEN', exportForm: 'FORBIDDEN' }

let h: ReportHarness
let id: string
let no: string
let again: string
const month = { period: 'month', date: '2026-11-30' }

beforeAll(async () => {
  setNow('2026-11-30T07:00:00Z')
  h = await startReportHarness()
  const { code } = await h.as(U.manager)('invite.create', { role: 'handler', departmentCode: 'security', name: '韩冰' })
  await h.as(MEMBER)('me.bindInvite', { code })
  await h.as(U.manager)('settings.save', { wecomRobots: GROUP })
  for (const who of WHO) await h.subscribe(CAST[who].openid, ['staff_task', 'staff_task', 'complaint_accepted', 'complaint_result'])
  setNow(CREATED)
  // G3-P4: received first by an engineering handler, from a letter.
  const c = await h.as(U.engineering)('complaint.register', {
    channel: 'letter',
    category: 'security',
    location: CANARY.place,
    description: `11月29日夜里东门保安对我${CANARY.text}，我拍了照片。`,
    involved: CANARY.involved,
    complainant: { name: CANARY.name, room: CANARY.room, phone: CANARY.phone, openid: U.liu },
  })
  ;({ id, no } = c)
  // A photo as stored with the complaint (how it was uploaded is not this test's concern).
  const photo = `cloud://local-emulator.emulator-bucket/complaints/20261130/${CANARY.photo}.jpg`
  await require('wx-server-sdk')
    .database()
    .collection('complaints')
    .doc(id)
    .update({ data: { photos: [photo] } })
  setNow('2026-11-30T08:40:00Z')
  const act = (who: string, action: string, input: Record<string, unknown> = {}) => h.as(who)('complaint.act', { id, action, ...input })
  await act(U.agent, 'accept', { departmentCode: 'security', subjectStaff: { name: '马东', openid: U.guard } })
  await act(U.security, 'take')
  await act(U.security, 'add_note', { text: `${CANARY.note}：当晚保安在岗亭外与人争执。` })
  await act(U.agent, 'summarise_allegation', { text: `被反映11月下旬${CANARY.allegation}，请说明当晚经过。` })
  await act(U.security, 'record_statement', { text: `本人当晚${CANARY.statement}来访人员，没有推人。` })
  await act(U.security, 'set_mode', { mode: 'explanation' })
  await act(U.security, 'give_result', { summary: `已${CANARY.result}，调取记录并向业主说明。` })
  await act(U.liu, 'rate', { level: 1, comment: `${CANARY.rating}，仍不满意。` }) // F3: back to the department
  // A4-R4: the same resident about the same place again — the complaint above is its repeat candidate.
  again = (await h.as(U.liu)('complaint.submit', { category: 'security', location: CANARY.place, description: '东门的事还是没有解决。' }))
    .id
}, 120_000)
afterAll(() => {
  h.close()
  jest.useRealTimers()
})

describe('G3-P5 H2-S complaint.get, field by field, as every relation', () => {
  it.each(WHO)('as %s', async (who) => {
    const { openid, detail } = CAST[who]
    const r = await h.raw(openid)('complaint.get', { id })
    if (!(detail in SEES)) return expect(r.error?.code).toBe(detail)
    const level = detail as Level
    expect(observeView(r.data, CREATED)).toEqual(SEES[level])
    // Those whose post needs the contact see it masked too, but may reveal it (logged).
    expect([r.data.disclosure, r.data.complainant?.canReveal ?? false]).toEqual(
      level === 'masked' ? [CAST[who].reveal === true ? 'contact' : 'masked', CAST[who].reveal === true] : [level, false],
    )
    expect(leaks(level, r.data)).toEqual([])
  })

  it('H2-S the accused’s timeline holds only the allegation and their statement, by staff', async () => {
    const v = await h.as(U.guard)('complaint.get', { id })
    expect(v.events.map((e: any) => [e.action, e.actorName])).toEqual([
      ['summarise_allegation', '林晓'],
      ['record_statement', '王强'],
    ])
    expect(v.createdAt).toBe(Date.parse('2026-11-29T16:00:00Z')) // the day, not the time
  })
})

describe('G3-P5 complaint.list in every scope, and search, as every relation', () => {
  it.each(WHO)('as %s', async (who) => {
    const { openid, detail, lists } = CAST[who]
    const found: string[] = []
    for (const scope of SCOPES) {
      const r = await h.raw(openid)('complaint.list', { scope, pageSize: 100 })
      if (!r.ok) continue
      const row = r.data.items.find((x: any) => x.id === id)
      if (!row) continue
      found.push(scope)
      expect(observeRow(row, CREATED)).toEqual(rowSees(detail as Level, false))
      expect(leaks(detail as Level, row)).toEqual([])
    }
    expect(found).toEqual(lists)
  })

  it.each([
    ['number', () => no],
    ['place', () => CANARY.place],
    ['text', () => CANARY.text],
    ['name', () => CANARY.name],
    ['room', () => CANARY.room],
  ])('a search by %s finds it for customer service and the manager, masked, and for no one else', async (_by, q) => {
    for (const who of WHO) {
      const hits: string[] = []
      for (const scope of SCOPES) {
        const r = await h.raw(CAST[who].openid)('complaint.list', { scope, q: q() })
        const row = r.ok && r.data.items.find((x: any) => x.id === id)
        if (!row) continue
        hits.push(scope)
        expect(row.complainantName).toBe(SEES[CAST[who].detail as Level].name)
      }
      expect([who, hits.includes('all')]).toEqual([who, who === 'customerService' || who === 'manager'])
    }
  })
})

describe('G3-P5 complaint.revealContact and complaint.form, as every relation', () => {
  it.each(WHO)('as %s', async (who) => {
    const { openid, reveal, form } = CAST[who]
    const logged = (await h.docs('access_log', { complaintId: id })).length
    const r = await h.raw(openid)('complaint.revealContact', { id })
    if (reveal === true) expect(r.data).toEqual({ name: CANARY.name, room: CANARY.room, phone: CANARY.phone })
    else expect(r.error?.code).toBe(reveal)
    const f = await h.raw(openid)('complaint.form', { id })
    if (!(form in SEES)) expect(f.error?.code).toBe(form)
    else {
      const rows = Object.fromEntries(f.data.sections.flatMap((s: any) => s.rows))
      expect(
        observeForm(
          rows,
          f.data.events.map((e: any) => e.actor),
          f.data.photos,
        ),
      ).toEqual(SEES[form as Level])
      expect(leaks(form as Level, f.data)).toEqual([])
    }
    // G3-P5: each full view is logged, and only those.
    const added = (await h.docs('access_log', { complaintId: id })).length - logged
    expect(added).toBe((reveal === true ? 1 : 0) + (form === 'revealed' ? 1 : 0))
  })
})

describe('G3-P5 A4-R4 complaint.repeatCandidates, as every relation', () => {
  it.each(WHO)('as %s', async (who) => {
    const { openid, detail } = CAST[who]
    const r = await h.raw(openid)('complaint.repeatCandidates', { id: again })
    // Customer service and the manager only; the candidate as they see it: masked.
    if (who !== 'customerService' && who !== 'manager')
      return expect(r.error?.code).toBe(detail === 'UNAUTHENTICATED' ? 'UNAUTHENTICATED' : 'FORBIDDEN')
    const row = r.data.find((x: any) => x.id === id)
    expect(observeRow(row, CREATED)).toEqual(rowSees('masked', false))
    expect(leaks('masked', row)).toEqual([])
  })
})

describe('G3-P5 notifications: in-app messages, subscription messages and robot posts, as every relation', () => {
  it.each(WHO)('as %s', async (who) => {
    const { openid, detail } = CAST[who]
    const r = await h.raw(openid)('messages.list', {})
    const inbox = r.ok ? r.data.items.filter((m: any) => m.complaintId === id) : []
    // What WeChat shows the reader: the title and the fields (the recorder's own addressing aside).
    const sent = h.emu.recorder
      .list(openid)
      .filter((m) => m.page.includes(id))
      .map((m) => ({ title: m.title, data: m.data }))
    // Nobody who may not open it, and not the accused, is told of it.
    if (!(detail in SEES) || detail === 'accused') expect([inbox, sent]).toEqual([[], []])
    // No message names the complainant, not even masked; the complainant's own say nothing internal.
    const identity = [CANARY.name, CANARY.maskedName, CANARY.room, CANARY.phone, CANARY.maskedPhone, CANARY.openid]
    const internal = [CANARY.note, CANARY.statement, CANARY.allegation]
    const text = JSON.stringify([inbox.map((m: any) => ({ title: m.title, fields: m.fields })), sent])
    expect([...identity, ...internal].filter((c) => text.includes(c))).toEqual([])
  })

  it('H2-S a complaint about a staff member that is no emergency reaches no staff group', () => {
    expect(h.emu.wecom.list().filter((p) => p.content.includes(no))).toEqual([])
  })

  it('the people told of it are told: the complainant, the department’s handlers but the accused, the supervisor', () => {
    const told = (openid: string) => h.emu.recorder.list(openid).some((m) => m.page.includes(id))
    expect([U.liu, U.security, MEMBER, U.securitySupervisor, U.guard].map(told)).toEqual([true, true, true, true, false])
  })
})

describe('G3-P5 the report and export functions: drill-down, list export and form export, as every relation', () => {
  it.each(WHO)('as %s', async (who) => {
    const { openid } = CAST[who]
    const want = reportsOf(who)
    const drill = await h.rawReport(openid)('report.complaints', { filter: month, pageSize: 50 })
    const list = await h.rawReport(openid)('export.complaints', { filter: month })
    const form = await h.rawReport(openid)('export.form', { id })
    if (typeof want.rows === 'string' && !(want.rows in SEES)) {
      return expect([drill, list, form].map((x) => x.error?.code)).toEqual([want.rows, want.exportRows, want.exportForm])
    }
    const row = drill.data.items.find((x: any) => x.id === id)
    if (!want.rows) expect(row).toBeUndefined()
    else expect(observeRow(row, CREATED)).toEqual(rowSees(want.rows as Level, true))

    const sheet = (await readXlsx(h, list.data.fileID))['投诉清单']
    const header = sheet[1] as string[]
    const cells = sheet.slice(2).find((x) => x[header.indexOf('投诉编号')] === no)
    if (!want.exportRows) expect(cells).toBeUndefined()
    else {
      const cell = (k: string) => String(cells![header.indexOf(k)] ?? '') || null
      const s = SEES[want.exportRows as Level]
      expect([cell('投诉人'), cell('房号'), cell('联系电话'), !!cell('内容')?.includes(CANARY.text)]).toEqual([
        s.name,
        s.room,
        s.phone,
        true,
      ])
      expect(leaks(want.exportRows as Level, cells)).toEqual([])
    }

    if (!(want.exportForm in SEES)) return expect(form.error?.code).toBe(want.exportForm)
    const book = await readXlsx(h, form.data.fileID)
    const rows = Object.fromEntries(book['登记表'].filter((x) => x.length >= 2).map((x) => [x[0], String(x[1])]))
    const events = book['处理记录'].slice(1).map((x) => String(x[2]))
    expect(observeForm(rows, events, rows['照片'] === '无' ? [] : ['photo'])).toEqual(SEES[want.exportForm as Level])
    expect(leaks(want.exportForm as Level, book)).toEqual([])
  })
})
