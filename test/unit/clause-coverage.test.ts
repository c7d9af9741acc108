/**
 * Traceability: every clause ID on the CLAUSES line of the procedure is cited by the server code
 * that enforces it and by the name of at least one integration test that calls the real functions.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = join(__dirname, '..', '..')
const procedure = readFileSync(join(root, 'docs', 'spec', 'PROCEDURE.md'), 'utf8')
const CLAUSES = /^CLAUSES: (.+)$/m.exec(procedure)![1].trim().split(/\s+/)

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(n) ? [p] : []
  })
}

/** Test names (the strings given to it/test/describe) of the integration tests. */
const testNames = files(join(root, 'test', 'integration'), /\.test\.ts$/).flatMap((f) =>
  [...readFileSync(f, 'utf8').matchAll(/\b(?:it|test|describe)(?:\.each\([\s\S]*?\))?\(\s*(['"`])([\s\S]*?)\1/g)].map((m) => m[2]),
)
const serverCode = [...files(join(root, 'cloudfunctions'), /\.ts$/), ...files(join(root, 'shared'), /\.ts$/)]
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n')

describe('clause traceability (PROCEDURE.md CLAUSES line)', () => {
  it('reads the clause list', () => {
    expect(CLAUSES.length).toBeGreaterThanOrEqual(30)
  })
  it.each(CLAUSES)('%s is named by an integration test', (id) => {
    const cited = testNames.filter((n) => new RegExp(`(^|[^\\w-])${id.replace(/-/g, '\\-')}([^\\w-]|$)`).test(n) || n.includes(`${id} `))
    expect(cited.length).toBeGreaterThan(0)
  })
  it.each(CLAUSES)('%s is cited by the server code that enforces it', (id) => {
    expect(serverCode).toMatch(new RegExp(`['(\\s]${id.replace(/-/g, '\\-')}['),:\\s]`))
  })
})
