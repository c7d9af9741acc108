/**
 * The household roster as a worksheet (issue 16), pure: the export and the template to fill carry
 * the columns HOUSEHOLD_COLUMNS names; an imported sheet is read by those column names, so their
 * order may change but none of the required ones may be missing.
 */
import { householdCells, type Household, type TypedHousehold } from '../../complaint/domain/households'
import { HOUSEHOLD_COLUMNS } from '@shared/households'
import type { SheetSpec } from './sheet'

const WIDTHS = [8, 8, 10, 12, 14, 16]

/** The roster of an estate as a sheet, in room order; the template is the same sheet with one example row. */
export function householdSheet(rows: readonly Household[], template = false): SheetSpec {
  const example: Household[] = template
    ? [
        {
          _id: '',
          estate: '',
          building: '3',
          unit: '2',
          room: '1502',
          roomKey: '3栋2单元1502',
          area: 89.5,
          ownerName: '王丽',
          ownerPhone: '13912345678',
          updatedAt: 0,
        },
      ]
    : []
  return { name: '房屋台账', header: [...HOUSEHOLD_COLUMNS], widths: WIDTHS, rows: [...example, ...rows].map(householdCells) }
}

/** Columns an import must have (单元 and 面积 may be left out). */
const REQUIRED = ['楼栋', '房号', '业主姓名', '业主电话'] as const

/** A header cell as people write it: without spaces and brackets' contents' spelling ("面积(㎡)", "面积（m²）" → 面积). */
const headerName = (cell: string) =>
  cell
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[（(].*$/, '')

/**
 * Where each column is in a sheet's header row.
 * @returns the position of each field, or `{ missing }`: the required column names not found.
 */
export function columnsOf(header: readonly string[]): { at: Record<keyof TypedHousehold, number> } | { missing: string[] } {
  const names = header.map(headerName)
  const find = (name: string) => names.indexOf(headerName(name))
  const missing = REQUIRED.filter((n) => find(n) < 0)
  if (missing.length) return { missing: [...missing] }
  const [building, unit, room, area, ownerName, ownerPhone] = HOUSEHOLD_COLUMNS.map(find)
  return { at: { building, unit, room, area, ownerName, ownerPhone } }
}

/** A data row's cells as the fields of a household (a column the sheet lacks reads as empty). */
export function typedOf(cells: readonly string[], at: Record<keyof TypedHousehold, number>): TypedHousehold {
  const get = (i: number) => (i >= 0 ? (cells[i] ?? '') : '')
  return {
    building: get(at.building),
    unit: get(at.unit),
    room: get(at.room),
    area: get(at.area),
    ownerName: get(at.ownerName),
    ownerPhone: get(at.ownerPhone),
  }
}
