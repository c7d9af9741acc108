/**
 * The household roster (房屋台账, issue 16) and residents' bindings to its rooms: the words the
 * mini-program shows and the functions check, in one place (the client may value-import @shared/*).
 */
import { normalizePlace } from './place'

/** The roster file's columns, in order: the export writes them, the template carries them, the import reads them by name. */
export const HOUSEHOLD_COLUMNS = ['楼栋', '单元', '房号', '面积（㎡）', '业主姓名', '业主电话'] as const

/** Most data rows one roster file may hold; a bigger file is refused whole and nothing changes. */
export const MAX_HOUSEHOLD_ROWS = 20_000

/** A mainland mobile number: 11 digits, 1 then 3–9 (the owner phone the roster keeps and a binding gives). */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/

/** A phone as typed in a form or a spreadsheet ("139 1234 5678", "139-1234-5678", "+86 139…"): the digits that make it. */
export function mobileOf(typed: string): string {
  const digits = typed.normalize('NFKC').replace(/[\s\-()（）]/g, '')
  return digits.replace(/^\+?86(?=1\d{10}$)/, '')
}

/** How a resident stands to a room. */
export const RELATIONS = { owner: '业主', family: '家属', tenant: '租户' } as const
export type Relation = keyof typeof RELATIONS

/** Where a binding request stands: 待审核 until customer service decides, unless the roster's owner phone verified it at once. */
export const BINDING_STATUSES = { pending: '待审核', verified: '已核验', refused: '未通过' } as const
export type BindingStatus = keyof typeof BINDING_STATUSES

/** A building as written in a roster cell or a form ("3", "3栋", "3号楼", "Ａ幢"): its name before 栋. */
export function buildingName(typed: string): string {
  return normalizePlace(typed).replace(/栋$/, '')
}

/** A unit as written ("2", "2单元", "２"): its number as text; '' when none. */
export function unitNumber(typed: string): string {
  return normalizePlace(typed).replace(/单元$/, '')
}

/** A room number as written ("1502", "1502室"): without 室. */
export function roomNumber(typed: string): string {
  return normalizePlace(typed).replace(/室$/, '')
}

/** The room in the one spelling shared/place.ts gives ("3栋2单元1502", "8栋601"): what the roster is unique on. */
export function roomKeyOf(building: string, unit: string, room: string): string {
  const b = buildingName(building)
  const u = unitNumber(unit)
  return normalizePlace(`${b}栋${u ? `${u}单元` : ''}${roomNumber(room)}`)
}
