/**
 * The WeChat build's package layout (docs/DEPLOY.md, Sizes): the main package holds the home page
 * only; a complaint's detail page, its conversation and the residents' other pages are subpackages
 * of one page each, rooted at their own folders so their routes stay `pages/<name>/index`, preloaded
 * from the page that opens them; the place codes' QR library is in no package (WeChat's codes come
 * from `wxacode.getUnlimited`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { WEAPP_DIST } from '../helpers/weapp-harness'

interface SubPackage {
  root: string
  pages: string[]
}
const app = () => JSON.parse(readFileSync(join(WEAPP_DIST, 'app.json'), 'utf8'))
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]))
const ONE_PAGE = [
  'detail',
  'submit',
  'mine',
  'messages',
  'profile',
  'conversation',
  'privacy',
  'mydata',
  'public-report',
  'rooms',
  'estates',
]

it('given the build, the main package holds the home page only and each resident page is a subpackage of its own', () => {
  expect(app().pages).toEqual(['pages/index/index'])
  const subs: SubPackage[] = app().subPackages
  for (const name of ONE_PAGE) expect(subs).toContainEqual({ root: `pages/${name}`, pages: ['index'] })
  // Every route the pages navigate to exists as a compiled page.
  for (const s of subs) for (const p of s.pages) expect(statSync(join(WEAPP_DIST, s.root, `${p}.js`)).isFile()).toBe(true)
})

it('given the build, the home page preloads the pages it opens and the detail page the conversation', () => {
  const rule = app().preloadRule
  expect(rule['pages/index/index'].packages).toEqual(expect.arrayContaining(['pages/detail', 'pages/submit', 'pkg-staff']))
  expect(rule['pages/detail/index'].packages).toEqual(['pages/conversation'])
})

it('given the build, no package carries the qrcode library', () => {
  // A string only the qrcode package's code holds.
  const carriers = filesUnder(WEAPP_DIST)
    .filter((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('Invalid QR Code version'))
    .map((f) => relative(WEAPP_DIST, f))
  expect(carriers).toEqual([])
})
