/**
 * Reproducible installs: `npm ci` (README, .ci/run) installs exactly package-lock.json, and refuses
 * when package.json and the lock drift apart. These are the checks it makes, run in a second so a
 * drift shows up in `npm test` before CI spends minutes installing.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = join(__dirname, '../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'))
type Entry = {
  version?: string
  link?: boolean
  resolved?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
}
const packages: Record<string, Entry> = lock.packages

/** Where Node (and npm) would find `name` from the package at `from`: its own node_modules, then each parent's. */
function resolve(from: string, name: string): string | undefined {
  let dir = from
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`
    if (packages[candidate]) return candidate
    if (!dir) return undefined
    const i = dir.lastIndexOf('/node_modules/')
    dir = i < 0 ? '' : dir.slice(0, i)
  }
}

describe('package-lock.json', () => {
  it('given package.json, the lock records exactly its dependencies (npm ci refuses otherwise)', () => {
    expect(packages[''].dependencies ?? {}).toEqual(pkg.dependencies ?? {})
    expect((packages[''] as { devDependencies?: object }).devDependencies ?? {}).toEqual(pkg.devDependencies ?? {})
  })

  it('given every package in the lock, each of its dependencies is in the lock too, optional ones included', () => {
    const missing: string[] = []
    for (const [at, entry] of Object.entries(packages)) {
      if (entry.link) continue
      for (const name of [...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.optionalDependencies ?? {})]) {
        if (!resolve(at, name)) missing.push(`${at || '(root)'} → ${name}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('given a package the registry cannot serve, it stands in locally with the reason written beside it', () => {
    for (const [name, spec] of Object.entries<string>(pkg.overrides ?? {})) {
      if (typeof spec !== 'string' || !spec.startsWith('$')) continue
      const local = pkg.devDependencies[spec.slice(1)] as string
      expect(local).toMatch(/^file:scripts\/stubs\//)
      const stub = JSON.parse(readFileSync(join(root, local.slice('file:'.length), 'package.json'), 'utf8'))
      expect(stub.name).toBe(name)
      expect(stub.description).toMatch(/registry/)
    }
  })
})
