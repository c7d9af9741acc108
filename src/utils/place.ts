import type { EstateSettings } from '@domain/settings'

/** A node of the place picker: `value` is the text it adds to the place, `children` the next choices. */
export interface PlaceOption {
  text: string
  value: string
  children?: PlaceOption[]
}

/** Where in a unit (or a building without units) residents complain about. */
const UNIT_PARTS = ['单元门', '大堂', '电梯', '电梯厅', '楼道', '楼梯间']
/** Places of a whole building, outside any one unit. */
const BUILDING_PARTS = ['楼顶', '外墙', '地下室', '楼栋周边']
const WHOLE = '整栋/楼外'
const AREAS = '公共区域'

/**
 * The place picker's tree for an estate (meta.get's `estate`): 公共区域 → each area, and each
 * building → its units (plus the whole building) → the part, e.g. 3栋 → 2单元 → 电梯厅. Takes the
 * estate; returns the top-level options (empty when the office listed neither buildings nor areas).
 */
export function placeOptions(estate: EstateSettings | undefined): PlaceOption[] {
  if (!estate) return []
  const parts = (names: string[]) => names.map((n) => ({ text: n, value: n }))
  const buildings = estate.buildings.map((b) => ({
    text: `${b.name}栋`,
    value: `${b.name}栋`,
    children:
      b.units > 0
        ? [
            ...Array.from({ length: b.units }, (_, i) => ({ text: `${i + 1}单元`, value: `${i + 1}单元`, children: parts(UNIT_PARTS) })),
            { text: WHOLE, value: WHOLE, children: parts(BUILDING_PARTS) },
          ]
        : parts([...UNIT_PARTS, ...BUILDING_PARTS]),
  }))
  const areas = estate.areas.length ? [{ text: AREAS, value: AREAS, children: parts(estate.areas) }] : []
  return [...areas, ...buildings]
}

/** The place a picked path names: ["3栋", "2单元", "电梯厅"] → "3栋2单元电梯厅", ["公共区域", "中心花园"] → "中心花园". */
export function placeText(path: string[]): string {
  return path.filter((p) => p !== AREAS && p !== WHOLE).join('')
}
