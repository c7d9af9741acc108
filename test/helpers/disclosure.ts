/**
 * The disclosure matrix's vocabulary (test/integration/disclosure-*.test.ts): one complaint whose
 * every sensitive field holds a canary, what each level of the confidentiality rule may see of it
 * (written from the procedure, G3-P5 and H2-S — not read from the code), and observers that read
 * the same fields back from each rendering: the detail, a list row, the registration form (printed
 * or .xlsx), a drill-down row, a list-export row.
 */

/** Canaries: each names one field of the complaint, and appears nowhere else. */
export const CANARY = {
  name: '刘洋',
  maskedName: '刘*',
  room: '8栋601',
  phone: '13700003333',
  maskedPhone: '137****3333',
  openid: 'demo-resident-03',
  text: '推搡辱骂',
  place: '东门岗亭西侧',
  involved: '东门夜班保安',
  photo: 'canary-photo',
  time: '15:23',
  note: '调取监控',
  statement: '按规定询问',
  allegation: '夜间执勤时态度粗暴',
  result: '约谈当事保安',
  rating: '处理敷衍',
} as const

/** The fields of a complaint each rendering is read back into. */
export interface Observed {
  name: string | null
  room: string | null
  phone: string | null
  /** What the matter reads: the complainant's text, or the allegation summary. */
  matter: 'text' | 'allegation' | 'placeholder' | 'none'
  place: boolean
  involved: boolean
  photos: boolean
  exactTime: boolean
  investigation: boolean
  statement: boolean
  allegation: boolean
  outcome: boolean
  /** How a resident acting on the timeline is named (null: no resident on it). */
  residentActor: string | null
}

export type Level = 'complainant' | 'revealed' | 'masked' | 'accused'

const staffSees = { matter: 'text', place: true, involved: true, photos: true, exactTime: true, investigation: true, statement: true }

/** What a viewer of each level may see (revealed: a contact viewer's printed form or the manager's export). */
export const SEES: Record<Level, Observed> = {
  complainant: {
    ...{ name: CANARY.name, room: CANARY.room, phone: CANARY.phone, residentActor: CANARY.name },
    ...{ ...staffSees, matter: 'text', investigation: false, statement: false, allegation: false, outcome: true },
  } as Observed,
  revealed: {
    ...{ name: CANARY.name, room: CANARY.room, phone: CANARY.phone, residentActor: CANARY.name },
    ...{ ...staffSees, allegation: true, outcome: true },
  } as Observed,
  masked: {
    ...{ name: CANARY.maskedName, room: CANARY.room, phone: CANARY.maskedPhone, residentActor: CANARY.maskedName },
    ...{ ...staffSees, allegation: true, outcome: true },
  } as Observed,
  accused: {
    ...{ name: null, room: null, phone: null, residentActor: null, matter: 'allegation', place: false, involved: false, photos: false },
    ...{ exactTime: false, investigation: false, statement: true, allegation: true, outcome: false },
  },
}

/** Canaries a level must never receive anywhere in an answer (the whole JSON is searched). */
export const NEVER: Record<Level, string[]> = {
  complainant: [CANARY.note, CANARY.statement, CANARY.allegation],
  revealed: [],
  masked: [CANARY.name, CANARY.phone, CANARY.openid],
  accused: Object.values(CANARY).filter((v) => v !== CANARY.statement && v !== CANARY.allegation),
}

/** The canaries of `level`'s NEVER list found in `answer`. */
export const leaks = (level: Level, answer: unknown) => NEVER[level].filter((c) => JSON.stringify(answer).includes(c))

const has = (s: unknown, c: string) => String(s ?? '').includes(c)
const matterOf = (s: unknown): Observed['matter'] =>
  has(s, CANARY.text) ? 'text' : has(s, CANARY.allegation) ? 'allegation' : s ? 'placeholder' : 'none'

/** complaint.get's view, read back. `created` is the complaint's exact creation instant. */
export function observeView(v: any, created: number): Observed {
  return {
    name: v.complainant?.name ?? null,
    room: v.complainant?.room ?? null,
    phone: v.complainant?.phone ?? null,
    matter: matterOf(v.description),
    place: has(v.location, CANARY.place),
    involved: has(v.involved, CANARY.involved),
    photos: v.photos.some((p: any) => has(p.fileID, CANARY.photo)),
    exactTime: v.createdAt === created,
    investigation: v.investigation.some((i: any) => has(i.text, CANARY.note)),
    statement: has(v.statement?.text, CANARY.statement),
    allegation: has(v.allegation?.text, CANARY.allegation),
    outcome: has(v.result?.summary, CANARY.result) && v.ratings.some((r: any) => has(r.comment, CANARY.rating)),
    residentActor: v.events.find((e: any) => e.actorRoleLabel === '业主/住户')?.actorName ?? null,
  }
}

/** The registration form (complaint.form, or the rows of the .xlsx 登记表 sheet) read back. */
export function observeForm(rows: Record<string, string>, events: string[], photos: string[]): Observed {
  const shown = (k: string) => (rows[k] && rows[k] !== '—' ? rows[k] : null)
  const resident = events.find((a) => a.endsWith('（业主/住户）'))
  return {
    name: shown('姓名'),
    room: shown('房号'),
    phone: shown('联系电话'),
    matter: matterOf(shown('内容') ?? shown('投诉要点')),
    place: has(rows['地点'], CANARY.place),
    involved: has(rows['涉及人员'], CANARY.involved),
    photos: photos.length > 0,
    exactTime: has(rows['投诉时间'], CANARY.time),
    investigation: has(rows['调查记录'], CANARY.note),
    statement: has(rows['员工陈述'], CANARY.statement),
    allegation: has(shown('告知员工的投诉要点') ?? shown('投诉要点'), CANARY.allegation),
    outcome: has(rows['处理结果'], CANARY.result) && has(rows['评价记录'], CANARY.rating),
    residentActor: resident ? resident.replace('（业主/住户）', '') : null,
  }
}

/** The fields a list row (complaint.list, report.complaints) carries, read back. */
export function observeRow(r: any, created: number) {
  return {
    name: r.complainantName,
    matter: matterOf(r.preview),
    place: has(r.location, CANARY.place),
    exactTime: r.createdAt === created,
    ...('phone' in r ? { phone: r.phone, room: r.room } : {}),
  }
}

/** The same fields of SEES[level] that a row carries. */
export function rowSees(level: Level, withContact: boolean) {
  const s = SEES[level]
  return {
    name: s.name,
    matter: s.matter,
    place: s.place,
    exactTime: s.exactTime,
    ...(withContact ? { phone: s.phone, room: s.room } : {}),
  }
}
