/**
 * Harness for the report module (G3-P6, S1–S3): the emulator with the BUILT complaint, report and
 * export functions, callers for them, stored complaints made directly in the shapes of model.ts (for
 * fixtures the lifecycle cannot place in time), and .xlsx exports read back from local storage.
 */
import ExcelJS from 'exceljs'
import type { Complaint, ComplaintEvent } from '../../cloudfunctions/complaint/domain/model'
import { startHarness, type Caller, type Harness } from './emulator'
import { dueAtOf } from '../../cloudfunctions/complaint/domain/list-order'
import { reportFacts } from '../../cloudfunctions/complaint/domain/report-facts'
import { applyDelta, rollupDelta, type CountedEvent, type RollupDoc } from '../../cloudfunctions/complaint/domain/rollup'
import { DEFAULT_ESTATE } from '@shared/matters'

export interface ReportHarness extends Harness {
  /**
   * Calls the report module as `openid`, as src/services/report.ts and privacy.ts do: `export.*` and
   * `privacy.export` to the `export` function, every other action to `report`; returns the raw
   * `{ ok, data | error }`.
   */
  rawReport: (openid: string) => Caller
  /** `rawReport`, returning `data` and failing the test on `{ ok: false }`. */
  report: (openid: string) => Caller
}

/** The function that serves a report-module action: the .xlsx files (`export.*`, `privacy.export`) have their own. */
export const functionOf = (action: string) => (action.startsWith('export.') || action === 'privacy.export' ? 'export' : 'report')

export async function startReportHarness(): Promise<ReportHarness> {
  const h = await startHarness(['complaint', 'report', 'export'])
  const rawReport =
    (openid: string): Caller =>
    (action, payload = {}) =>
      h.emu.call(functionOf(action), { action, payload }, openid)
  const report =
    (openid: string): Caller =>
    async (action, payload = {}) => {
      const r = await rawReport(openid)(action, payload)
      if (!r?.ok) throw new Error(`${action} as ${openid} failed: ${JSON.stringify(r?.error ?? r)}`)
      return r.data
    }
  return { ...h, rawReport, report }
}

let seq = 0
const iso = (s: string | number) => (typeof s === 'number' ? s : Date.parse(s))

/** What a fixture says about a stored complaint; instants as ISO strings or ms. */
export interface Fixture extends Partial<Omit<Complaint, 'createdAt' | 'acceptedAt' | 'resolvedAt' | 'dispatchedAt' | 'closedAt'>> {
  createdAt: string | number
  acceptedAt?: string | number
  dispatchedAt?: string | number
  resolvedAt?: string | number
  closedAt?: string | number
  /** H1: the dispatch event's verdict (default true); null writes none, as emergency intake does. */
  dispatchOnTime?: boolean | null
}

/**
 * Moves the rollups (issue 17) for a complaint written straight to the store, as the complaint
 * function's transaction would have: `before` → `after` with `events`.
 */
export function storeRollups(h: Harness, before: Complaint | null, after: Complaint, events: CountedEvent[] = []): void {
  for (const d of rollupDelta(before, after, events)) {
    const [current] = h.emu.store.find('rollups', { _id: d.id }) as unknown as RollupDoc[]
    const next = applyDelta(current ?? null, d, after.updatedAt)
    if (current) h.emu.store.update('rollups', { _id: d.id }, next as never, { replace: true })
    else h.emu.store.insert('rollups', [next as never])
  }
}

/**
 * Inserts a complaint as the complaint function would have stored it (model.ts), with the
 * dispatch event when `dispatchedAt` is given, and its rollups. @returns the stored document.
 */
export function storeComplaint(h: Harness, f: Fixture): Complaint {
  seq += 1
  const { dispatchOnTime, ...rest } = f
  const createdAt = iso(f.createdAt)
  const doc: Complaint = {
    _id: `fixture${String(seq).padStart(6, '0')}`,
    no: `TF${String(seq).padStart(8, '0')}`,
    version: 1,
    // Issue 16: the demo's first estate, where the demo's staff work (a fixture may name another).
    estate: DEFAULT_ESTATE,
    status: 'submitted',
    channel: 'miniprogram',
    category: 'cleaning',
    tier: 'general',
    emergency: false,
    complainant: { name: '测试业主', room: '1栋101', phone: '13800001111' },
    location: '1栋大堂',
    description: '测试投诉',
    photos: [],
    confirmation: { required: false },
    investigation: [],
    ratings: [],
    reopenCount: 0,
    deadlines: {},
    supervision: { level: 0 },
    updatedAt: createdAt,
    ...(rest as Partial<Complaint>),
    createdAt,
    ...(f.acceptedAt !== undefined ? { acceptedAt: iso(f.acceptedAt) } : {}),
    ...(f.dispatchedAt !== undefined ? { dispatchedAt: iso(f.dispatchedAt) } : {}),
    ...(f.resolvedAt !== undefined ? { resolvedAt: iso(f.resolvedAt) } : {}),
    ...(f.closedAt !== undefined ? { closedAt: iso(f.closedAt) } : {}),
  }
  h.emu.store.insert('complaints', [{ ...doc, dueAt: dueAtOf(doc), rf: reportFacts(doc) } as never])
  const events: ComplaintEvent[] = []
  if (doc.dispatchedAt !== undefined) {
    const e: ComplaintEvent = {
      complaintId: doc._id,
      complaintNo: doc.no,
      action: 'dispatch',
      actor: { openid: 'demo-agent', name: '林晓', role: 'agent' },
      at: doc.dispatchedAt,
      from: 'accepted',
      to: 'dispatched',
      data: { departmentCode: doc.departmentCode, ...(dispatchOnTime === null ? {} : { onTime: dispatchOnTime ?? true }) },
    }
    h.emu.store.insert('events', [{ ...e, estate: doc.estate, seq: 20 } as never])
    events.push(e)
  }
  storeRollups(h, null, doc, events)
  return doc
}

/** Reads an exported workbook back from the emulator's storage: sheet name → rows of cell values. */
export async function readXlsx(h: Harness, fileID: string): Promise<Record<string, unknown[][]>> {
  const { fileContent } = await h.emu.storage.downloadFile({ fileID })
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(fileContent as never)
  const out: Record<string, unknown[][]> = {}
  wb.eachSheet((ws) => {
    const rows: unknown[][] = []
    ws.eachRow({ includeEmpty: false }, (row) => {
      rows.push((row.values as unknown[]).slice(1))
    })
    out[ws.name] = rows
  })
  return out
}
