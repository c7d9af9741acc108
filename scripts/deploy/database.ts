/**
 * The database as code, applied: every collection of config/database.json exists, with every
 * declared index and its security rule. Idempotent (what exists is left alone) and additive (an
 * index or collection the spec no longer names is reported, never dropped: dropping is a
 * decision for a person with a backup).
 */
import type { CloudTarget } from './adapter'
import { DeployError, type DatabaseSpec, type IndexSpec } from './project'

export interface DatabaseReport {
  created: string[]
  indexesCreated: string[]
  rulesSet: string[]
  unchanged: number
  notes: string[]
}

const sameKeys = (a: IndexSpec['keys'], b: IndexSpec['keys']) => JSON.stringify(Object.entries(a)) === JSON.stringify(Object.entries(b))
const keysText = (k: IndexSpec['keys']) =>
  Object.entries(k)
    .map(([f, d]) => `${f} ${d > 0 ? '↑' : '↓'}`)
    .join(', ')

/** Sorts object keys so two rules compare by meaning, not by key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as any)[k])}`)
      .join(',')}}`
  return JSON.stringify(v)
}

/** Lines describing what the spec asks for (the dry-run plan). */
export function describeDatabase(spec: DatabaseSpec): string[] {
  const lines: string[] = []
  for (const c of spec.collections) {
    lines.push(`${c.name}  rule ${c.rule} ${JSON.stringify(spec.rules[c.rule])}`)
    for (const i of c.indexes) lines.push(`    index ${i.name}${i.unique ? ' (unique)' : ''}: ${keysText(i.keys)}`)
  }
  return lines
}

/**
 * Creates what is missing and sets rules that differ, one collection at a time.
 * @throws DeployError when an existing index has the declared name but other keys.
 */
export async function applyDatabase(cloud: CloudTarget, spec: DatabaseSpec, log: (s: string) => void): Promise<DatabaseReport> {
  const report: DatabaseReport = { created: [], indexesCreated: [], rulesSet: [], unchanged: 0, notes: [] }
  for (const c of spec.collections) {
    if (await cloud.createCollection(c.name)) {
      report.created.push(c.name)
      log(`created collection ${c.name}`)
    }
    const existing = await cloud.indexes(c.name)
    for (const want of c.indexes) {
      const have = existing.find((i) => i.name === want.name)
      if (!have) {
        await cloud.createIndex(c.name, want)
        report.indexesCreated.push(`${c.name}.${want.name}`)
        log(`created index ${c.name}.${want.name} (${keysText(want.keys)})`)
      } else if (!sameKeys(have.keys, want.keys) || Boolean(have.unique) !== Boolean(want.unique)) {
        throw new DeployError(
          `index ${c.name}.${want.name} exists with ${keysText(have.keys)}${have.unique ? ' (unique)' : ''}, config/database.json declares ${keysText(want.keys)}${want.unique ? ' (unique)' : ''}`,
          `give the changed index a new name in config/database.json (the old one stays until you delete it in the cloud console: 云开发 → 数据库 → ${c.name} → 索引管理)`,
        )
      } else report.unchanged++
    }
    for (const extra of existing.filter((i) => i.name !== '_id_' && !c.indexes.some((w) => w.name === i.name))) {
      report.notes.push(`${c.name}.${extra.name} exists in the cloud but not in config/database.json (left as it is)`)
    }
    const rule = spec.rules[c.rule]
    const current = await cloud.rule(c.name)
    if (current.aclTag === 'CUSTOM' && canonical(current.rule) === canonical(rule)) report.unchanged++
    else {
      await cloud.setRule(c.name, rule)
      report.rulesSet.push(c.name)
      log(`security rule of ${c.name}: ${current.aclTag || 'none'} → CUSTOM ${JSON.stringify(rule)}`)
    }
  }
  return report
}
