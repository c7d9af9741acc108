/**
 * Place codes for filing from a QR code (C5): each building and public area of the estate gets a
 * short code that never changes when it is renamed (`b3`, `a5`), a unit adds its number (`b3-2`).
 * The code is the WeChat mini-program code's `scene` (at most 32 visible characters), so a printed
 * code keeps opening the filing form with the place's current name. Pure.
 */
import type { EstateSettings } from './settings'

/** WeChat's limit on `wxacode.getUnlimited`'s scene (visible characters). */
export const SCENE_MAX = 32

/** One printable code: the place it fills in, and where it sits on the sheet. */
export interface PlaceCode {
  /** The scene: `b3` (a building), `b3-2` (its unit 2), `a5` (a public area). */
  scene: string
  /** The place as the filing form writes it: `3栋`, `3栋2单元`, `中心花园`. */
  place: string
  kind: 'building' | 'unit' | 'area'
  /** The sheet's section: a building's code, or `areas`. */
  group: string
  groupLabel: string
}

/** The estate as settings.save merges it, before codes are given. */
export type EstateInput = Pick<EstateSettings, 'buildings' | 'areas'> & Partial<Pick<EstateSettings, 'areaCodes' | 'codeSeq'>>

const BUILDING = /^b\d{1,6}$/
const AREA = /^a\d{1,6}$/
const SCENE = /^(b\d{1,6})(?:-(\d{1,2}))?$|^(a\d{1,6})$/

/** The code of each area of `prev` by its name. */
function areaCodeByName(prev: Partial<EstateSettings>): Map<string, string> {
  return new Map(Object.entries(prev.areaCodes ?? {}).map(([code, name]) => [name, code]))
}

/**
 * `next` with a place code on every building and area: a code `next` carries is kept when `prev`
 * gave it out (so a renamed place keeps its code), a place listed under the same name keeps its
 * code, and a new place gets the next number. A code never passes to another place.
 * @returns the estate to store, with `areaCodes` and `codeSeq`.
 */
export function withPlaceCodes(prev: Partial<EstateSettings>, next: EstateInput): EstateSettings {
  let seq = Math.max(prev.codeSeq ?? 0, next.codeSeq ?? 0)
  const used = new Set<string>()
  const take = (...candidates: (string | undefined)[]) => candidates.find((c) => c !== undefined && !used.has(c))
  const fresh = (prefix: 'b' | 'a') => `${prefix}${++seq}`

  const knownBuildings = new Set((prev.buildings ?? []).map((b) => b.code).filter((c): c is string => !!c))
  const buildingByName = new Map((prev.buildings ?? []).filter((b) => b.code).map((b) => [b.name, b.code!]))
  const buildings = next.buildings.map((b) => {
    const given = b.code && BUILDING.test(b.code) && knownBuildings.has(b.code) ? b.code : undefined
    const code = take(given, buildingByName.get(b.name)) ?? fresh('b')
    used.add(code)
    return { name: b.name, units: b.units, code }
  })

  const knownAreas = new Set(Object.keys(prev.areaCodes ?? {}))
  const givenByName = new Map(
    Object.entries(next.areaCodes ?? {})
      .filter(([code]) => AREA.test(code) && knownAreas.has(code))
      .map(([code, name]) => [name, code]),
  )
  const previousByName = areaCodeByName(prev)
  const areaCodes: Record<string, string> = {}
  for (const name of next.areas) {
    const code = take(givenByName.get(name), previousByName.get(name)) ?? fresh('a')
    used.add(code)
    areaCodes[code] = name
  }
  return { buildings, areas: [...next.areas], areaCodes, codeSeq: seq }
}

/** Whether every building and area of the estate has its code (settings stored before C5 may lack them). */
export function hasAllCodes(e: EstateSettings): boolean {
  const areaNames = new Set(Object.values(e.areaCodes ?? {}))
  return e.buildings.every((b) => !!b.code) && e.areas.every((a) => areaNames.has(a))
}

/** Every printable code of the estate: each building, each of its units, then each public area. */
export function placeCodesOf(e: EstateSettings): PlaceCode[] {
  const out: PlaceCode[] = []
  for (const b of e.buildings) {
    if (!b.code) continue
    const groupLabel = `${b.name}栋`
    out.push({ scene: b.code, place: groupLabel, kind: 'building', group: b.code, groupLabel })
    for (let u = 1; u <= b.units; u++)
      out.push({ scene: `${b.code}-${u}`, place: `${b.name}栋${u}单元`, kind: 'unit', group: b.code, groupLabel })
  }
  for (const [code, name] of Object.entries(e.areaCodes ?? {})) {
    if (e.areas.includes(name)) out.push({ scene: code, place: name, kind: 'area', group: 'areas', groupLabel: '公共区域' })
  }
  return out
}

/**
 * C5: the place a scanned code stands for now, under its current name.
 * @returns the place, or null when the scene is malformed or its place (or unit) no longer exists.
 */
export function placeOfScene(e: EstateSettings, scene: string): PlaceCode | null {
  const m = SCENE.exec(scene.trim())
  if (!m) return null
  if (m[3]) {
    const name = e.areaCodes?.[m[3]]
    return name && e.areas.includes(name) ? { scene: m[3], place: name, kind: 'area', group: 'areas', groupLabel: '公共区域' } : null
  }
  const b = e.buildings.find((x) => x.code === m[1])
  if (!b) return null
  const groupLabel = `${b.name}栋`
  if (m[2] === undefined) return { scene: m[1], place: groupLabel, kind: 'building', group: m[1], groupLabel }
  const unit = Number(m[2])
  if (unit < 1 || unit > b.units) return null
  return { scene: `${m[1]}-${unit}`, place: `${b.name}栋${unit}单元`, kind: 'unit', group: m[1], groupLabel }
}
