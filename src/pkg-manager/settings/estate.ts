import type { OfficeSettings } from '@/services/admin'

type Estate = OfficeSettings['estate']

/**
 * The estate as edited: unit counts as typed text, for the server to check. Each building keeps its
 * place code (C5) through a rename; `areaCodes` is sent back as it came so areas keep theirs.
 */
export interface EstateDraft {
  buildings: { name: string; units: string; code?: string }[]
  areas: string[]
  areaCodes?: Record<string, string>
}

/** The saved estate as an editable draft. */
export function estateDraftOf(e: Estate): EstateDraft {
  return {
    buildings: e.buildings.map((b) => ({ name: b.name, units: String(b.units), ...(b.code ? { code: b.code } : {}) })),
    areas: [...e.areas],
    areaCodes: { ...e.areaCodes },
  }
}

/** The draft as settings.save takes it (an empty unit count is sent as it is, for the server to name). */
export function estateOf(d: EstateDraft): Estate {
  return {
    buildings: d.buildings.map((b) => ({
      name: b.name.trim(),
      units: b.units.trim() === '' ? (null as unknown as number) : Number(b.units),
      ...(b.code ? { code: b.code } : {}),
    })),
    areas: d.areas,
    ...(d.areaCodes && Object.keys(d.areaCodes).length ? { areaCodes: d.areaCodes } : {}),
  }
}

/**
 * Buildings "from … to …" with the same number of units, as the batch row adds them. Names already
 * listed keep their own unit count (they are reported, not changed). Takes the current list and
 * the typed range; returns the new list and the names skipped, or the problem in Chinese.
 */
export function addRange(
  list: EstateDraft['buildings'],
  from: string,
  to: string,
  units: string,
): { buildings: EstateDraft['buildings']; skipped: string[] } | string {
  const a = Number(from)
  const b = to.trim() === '' ? a : Number(to)
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || b < a) return '请填写起止楼栋号，如 1 到 12'
  if (b - a >= 300) return '一次最多添加 300 栋'
  const u = units.trim() === '' ? 0 : Number(units)
  if (!Number.isInteger(u) || u < 0 || u > 20) return '每栋单元数应为 0–20（0 表示不分单元）'
  const have = new Set(list.map((x) => x.name))
  const names = Array.from({ length: b - a + 1 }, (_, i) => String(a + i))
  return {
    buildings: [...list, ...names.filter((n) => !have.has(n)).map((name) => ({ name, units: String(u) }))],
    skipped: names.filter((n) => have.has(n)),
  }
}

/**
 * The buildings in a few lines, grouped by their number of units ("2 单元：3、5、6栋"), so the
 * estate reads at a glance; buildings without units come first.
 */
export function buildingSummary(list: EstateDraft['buildings']): { units: string; names: string[] }[] {
  const groups = new Map<string, string[]>()
  for (const b of list) groups.set(b.units, [...(groups.get(b.units) ?? []), b.name])
  return [...groups.entries()].sort(([a], [b]) => Number(a) - Number(b)).map(([units, names]) => ({ units, names }))
}
