/**
 * One way of writing a place, so that the same place typed twice is counted once in the reports'
 * place figures and weak points (S1, S2) and found by the repeat check (A4-R4). Only spellings
 * that cannot change the meaning are unified; the words the complainant chose are kept.
 */

/**
 * Canonical form of a place or room: full-width letters, digits and spaces as ASCII (NFKC),
 * upper-case letters ("b2层" → "B2层"), no spaces, building written "N栋" (residents write
 * "3号楼", "3幢" or "3 栋" for the same building), brackets the Chinese way "（…）", and no
 * punctuation at the end.
 * Takes the typed text; returns the canonical text (may be empty when only spaces were typed).
 */
export function normalizePlace(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/([A-Za-z0-9]+)(?:号楼|幢|栋)+/g, (_, n: string) => `${n.toUpperCase()}栋`)
    .replace(/(\d+)(?:单元)+/g, '$1单元')
    .replace(/[a-z]/g, (c) => c.toUpperCase())
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[。，、；：！？.,;:!?]+$/u, '')
}

/** The parts of a room written "3栋2单元1502" or "8栋601" (any spelling normalizePlace unifies); null for another shape. */
export function parseRoom(room: string): { building: string; unit: string; no: string } | null {
  const m = /^(.+?)栋(?:(\d+)单元)?(.+?)室?$/.exec(normalizePlace(room))
  return m ? { building: m[1], unit: m[2] ?? '', no: m[3] } : null
}

/**
 * Checks a room against the estate's buildings (A2): the building exists, and the unit is given
 * exactly when the building has units and is one of them. Takes the room and the buildings
 * (`units` 0: none); returns null when it fits (or no buildings are listed), else the problem in
 * Chinese for the person typing it.
 */
export function roomProblem(room: string, buildings: { name: string; units: number }[]): string | null {
  if (!buildings.length) return null
  const r = parseRoom(room)
  if (!r) return '房号请按“楼栋 + 单元 + 房号”填写，如 3栋2单元1502'
  const b = buildings.find((x) => x.name === r.building)
  if (!b) return `本小区没有${r.building}栋，请核对楼栋`
  if (b.units === 0 && r.unit) return `${b.name}栋不分单元，请去掉单元`
  if (b.units > 0 && !r.unit) return `请填写${b.name}栋的单元（1–${b.units}）`
  if (b.units > 0 && (Number(r.unit) < 1 || Number(r.unit) > b.units)) return `${b.name}栋只有 ${b.units} 个单元`
  return null
}
