/**
 * The household roster (房屋台账, issue 16), pure: what one row of the roster must be — a building
 * of the estate's, a unit within its count, a room, an optional area, the owner's name and an
 * 11-digit mainland mobile — and what a whole file's rows come to: the households to add or
 * update, and each refused row with its reason in Chinese (empty rows are skipped and reported;
 * a room twice in the file is refused the second time).
 */
import { LIMITS } from '@shared/limits'
import { buildingName, MOBILE_PATTERN, mobileOf, roomKeyOf, roomNumber, unitNumber } from '@shared/households'
import { cleanText } from '@shared/text'

/** One household of an estate's roster, as stored (unique on estate + roomKey). */
export interface Household {
  _id: string
  estate: string
  /** The building's name before 栋 ("3", "A"), as the estate's settings list it. */
  building: string
  /** The unit's number as text; '' for a building without units. */
  unit: string
  /** The room number ("1502"). */
  room: string
  /** The room in the one spelling of shared/place.ts ("3栋2单元1502"). */
  roomKey: string
  /** Floor area in m², when the roster gives it. */
  area?: number
  ownerName: string
  /** The owner's mobile (MOBILE_PATTERN): a binding giving it is verified at once. */
  ownerPhone: string
  updatedAt: number
}

/** What a row or a form says of a household, before it is stored. */
export type HouseholdFields = Pick<Household, 'building' | 'unit' | 'room' | 'roomKey' | 'area' | 'ownerName' | 'ownerPhone'>

/** A household as typed: each cell's text, in HOUSEHOLD_COLUMNS order. */
export interface TypedHousehold {
  building: string
  unit: string
  room: string
  area: string
  ownerName: string
  ownerPhone: string
}

/** The estate's buildings (settings → 小区与地点): name, and how many units (0: none). */
export type Buildings = readonly { name: string; units: number }[]

/** A row the import did not take, by its row number in the sheet, and why. */
export interface Refusal {
  row: number
  reason: string
  /** An empty row: skipped and reported, never a reason to refuse the file. */
  empty?: true
}

/** Largest area a household may state, in m². */
const MAX_AREA = 10_000
const ROOM_NO = /^[0-9A-Z][0-9A-Z-]{0,9}$/

function buildingProblems(t: TypedHousehold, buildings: Buildings): string[] {
  const name = buildingName(t.building)
  if (!name) return ['请填写楼栋']
  const b = buildings.find((x) => x.name === name)
  if (!b) return [`没有这栋楼（${name}栋）`]
  const unit = unitNumber(t.unit)
  if (b.units === 0) return unit ? [`${b.name}栋不分单元`] : []
  if (!unit) return [`请填写单元（${b.name}栋有 1–${b.units} 单元）`]
  const n = Number(unit)
  return Number.isInteger(n) && n >= 1 && n <= b.units ? [] : [`没有这个单元（${b.name}栋只有 ${b.units} 个单元）`]
}

function roomProblems(t: TypedHousehold): string[] {
  const room = roomNumber(t.room)
  if (!room) return ['请填写房号']
  return ROOM_NO.test(room) ? [] : ['房号格式不对（如 1502）']
}

function areaProblems(t: TypedHousehold): string[] {
  const a = t.area.trim()
  if (!a) return []
  const n = Number(a)
  return Number.isFinite(n) && n > 0 && n <= MAX_AREA ? [] : [`面积格式不对（0–${MAX_AREA} 的数字）`]
}

function ownerProblems(t: TypedHousehold): string[] {
  const out: string[] = []
  const name = cleanText(t.ownerName, { multiline: false })
  if (!name) out.push('请填写业主姓名')
  else if (Array.from(name).length > LIMITS.name) out.push(`业主姓名不能超过 ${LIMITS.name} 个字`)
  const phone = mobileOf(t.ownerPhone)
  if (!phone) out.push('请填写业主电话')
  else if (!MOBILE_PATTERN.test(phone)) out.push('手机号格式不对（11 位手机号）')
  return out
}

/** Whether nothing was typed in any cell. */
export function isEmptyRow(t: TypedHousehold): boolean {
  return Object.values(t).every((v) => !v.trim())
}

/**
 * One household checked against the estate's buildings.
 * @returns `{ household }` in the roster's spelling, or `{ problems }`: every problem of the row, in Chinese.
 */
export function checkHousehold(t: TypedHousehold, buildings: Buildings): { household: HouseholdFields } | { problems: string[] } {
  const problems = [...buildingProblems(t, buildings), ...roomProblems(t), ...areaProblems(t), ...ownerProblems(t)]
  if (problems.length) return { problems }
  const building = buildingName(t.building)
  const unit = unitNumber(t.unit)
  const room = roomNumber(t.room)
  const household: HouseholdFields = {
    building,
    unit,
    room,
    roomKey: roomKeyOf(building, unit, room),
    ownerName: cleanText(t.ownerName, { multiline: false }),
    ownerPhone: mobileOf(t.ownerPhone),
  }
  if (t.area.trim()) household.area = Math.round(Number(t.area) * 100) / 100
  return { household }
}

/** What a file's rows come to. */
export interface RowsOutcome {
  /** The households to write, with their row numbers (each room once). */
  accepted: (HouseholdFields & { row: number })[]
  /** How many of them are new to the roster, and how many replace a household it has. */
  added: number
  updated: number
  refused: Refusal[]
}

/**
 * The rows of a roster file (numbered as the sheet numbers them) checked against the estate's
 * buildings and the roster's rooms `existing`: a row with a problem is refused with every problem
 * of it; an empty row is skipped and reported (空行); a room a row before it already gave is refused
 * (重复的房号); a room the roster has is an update.
 */
export function checkRows(
  rows: readonly { row: number; cells: TypedHousehold }[],
  buildings: Buildings,
  existing: ReadonlySet<string>,
): RowsOutcome {
  const out: RowsOutcome = { accepted: [], added: 0, updated: 0, refused: [] }
  const firstRow = new Map<string, number>()
  for (const { row, cells } of rows) {
    if (isEmptyRow(cells)) {
      out.refused.push({ row, reason: '空行（已跳过）', empty: true })
      continue
    }
    const r = checkHousehold(cells, buildings)
    if ('problems' in r) {
      out.refused.push({ row, reason: r.problems.join('；') })
      continue
    }
    const earlier = firstRow.get(r.household.roomKey)
    if (earlier !== undefined) {
      out.refused.push({ row, reason: `重复的房号（${r.household.roomKey} 与第 ${earlier} 行相同）` })
      continue
    }
    firstRow.set(r.household.roomKey, row)
    out.accepted.push({ ...r.household, row })
    if (existing.has(r.household.roomKey)) out.updated++
    else out.added++
  }
  return out
}

/** A household as the roster file and the settings page show it: the cells in HOUSEHOLD_COLUMNS order. */
export function householdCells(h: HouseholdFields): (string | number | null)[] {
  return [h.building, h.unit || null, h.room, h.area ?? null, h.ownerName, h.ownerPhone]
}
