/**
 * Issue 16: the household roster (房屋台账: list and edits) and residents' rooms (bind, status,
 * customer service's queue and decisions) by the `households` function; the roster's .xlsx import,
 * export and template by the `export` function.
 */
import { call as callFunction, callExport } from './api'
import { uploadLocalFile } from './files'
import type { ExportFile } from './report'
import type { BindingStatus, Relation } from '@shared/households'
import type { Refusal } from '../../cloudfunctions/complaint/domain/households'

/** Calls one action of the `households` function. @throws ApiError */
const call = <T>(action: string, payload: object = {}) => callFunction<T>(action, payload, 'households')

/** One household as the settings page shows it. */
export interface HouseholdRow {
  building: string
  unit: string
  room: string
  roomKey: string
  area: number | null
  ownerName: string
  ownerPhone: string
}

/** A household as the form types it; `previous` names the room being edited. */
export interface HouseholdInput {
  previous?: string
  building: string
  unit: string
  room: string
  area: string
  ownerName: string
  ownerPhone: string
}

/** What an import did, row by row. */
export interface ImportReport {
  applied: boolean
  added: number
  updated: number
  removed: number
  refused: Refusal[]
  households: number
}

/** A binding request as its resident sees it; customer service's view adds who asked and the roster's owner. */
export interface RoomBindingView {
  id: string
  roomKey: string
  relation: Relation
  relationLabel: string
  status: BindingStatus
  statusLabel: string
  reason: string
  createdAt: number
  name?: string
  phone?: string
  ownerName?: string
  ownerPhone?: string
}

/** One page (50) of the estate's roster. */
export function listHouseholds(q: { building?: string; page?: number } = {}) {
  return call<{ items: HouseholdRow[]; total: number; page: number; pageSize: number }>('households.list', q)
}

/** Adds a household, or edits the one of `previous`. */
export function saveHousehold(h: HouseholdInput) {
  return call<{ roomKey: string; households: number }>('households.save', h)
}

/** Takes a room out of the roster. */
export function deleteHousehold(roomKey: string) {
  return call<{ households: number }>('households.delete', { roomKey })
}

/** Uploads a local .xlsx and imports it (merged, or replacing the roster). */
export async function importHouseholds(filePath: string, mode: 'merge' | 'replace', onProgress?: (p: number) => void) {
  const fileID = await uploadLocalFile(filePath, onProgress, 'imports', 'xlsx')
  return callExport<ImportReport>('households.import', { fileID, mode })
}

/** The roster as an .xlsx. */
export const exportHouseholds = () => callExport<ExportFile>('households.export')

/** The empty template to fill. */
export const householdTemplate = () => callExport<ExportFile>('households.template')

/** Asks to be bound to a room. */
export function bindRoom(p: { building: string; unit: string; room: string; relation: Relation; phone: string; name: string }) {
  return call<RoomBindingView>('room.bind', p)
}

/** The caller's rooms and where each request stands. */
export const myRooms = () => call<{ items: RoomBindingView[] }>('room.mine')

/** One page of the estate's requests of a status (waiting ones first). */
export function roomRequests(status: BindingStatus = 'pending', page = 1) {
  return call<{ items: RoomBindingView[] }>('room.requests', { status, page })
}

/** Approves a request, or refuses it with the reason the resident is told. */
export function decideRoom(id: string, approve: boolean, reason?: string) {
  return call<RoomBindingView>('room.decide', reason ? { id, approve, reason } : { id, approve })
}
