/**
 * Issue 16: the emulator's dev-login page groups the demo accounts by estate — the company's own
 * roles first, then each estate with its residents, customer service, departments and manager; a
 * seed without estates keeps the role groups it always had.
 */
import { loginPage } from '../../emulator/pages/dev-pages'
import { DEMO_ACCOUNTS } from '../../emulator/demo-accounts'
import { DEFAULT_DEPARTMENTS } from '@shared/departments'

/** The page's estate sections in order, each with the names of its accounts. */
function sections(html: string): { estate: string; title: string; names: string[] }[] {
  return [
    ...html.matchAll(/<section class="estate-group" data-estate="([^"]*)"><h2 class="estate-title">([^<]*)<\/h2>(.*?)<\/section>/gs),
  ].map(([, estate, title, body]) => ({ estate, title, names: [...body.matchAll(/<b>([^<]*)<\/b>/g)].map((m) => m[1]) }))
}

it('given the demo seed, it shows the company first, then one section per estate with exactly its accounts', () => {
  const html = loginPage(DEMO_ACCOUNTS, DEFAULT_DEPARTMENTS)
  const found = sections(html)
  expect(found.map((s) => s.title)).toEqual(['公司', '阳光花园', '湖畔雅苑', '枫林苑'])
  for (const s of found.slice(1)) {
    const own = DEMO_ACCOUNTS.filter((a) => a.estate === s.estate).map((a) => a.name)
    expect(s.names.sort()).toEqual(own.sort())
  }
  expect(found[0].names.sort()).toEqual(
    DEMO_ACCOUNTS.filter((a) => !a.estate)
      .map((a) => a.name)
      .sort(),
  )
  expect(html).toContain('<span class="tag">品质部</span>')
  for (const a of DEMO_ACCOUNTS) expect(html.split(`data-openid="${a.openid}"`).length).toBe(2)
  // Inside an estate, the role groups as before.
  expect(html).toMatch(/data-estate="lakeside">.*<h3>业主 \/ 住户<\/h3>/s)
})

it('given accounts without estates (a single-estate seed), it shows the role groups alone, every account once', () => {
  const plain = DEMO_ACCOUNTS.filter((a) => a.estate).map(({ estate: _e, estateName: _n, ...a }) => a)
  const html = loginPage(plain, DEFAULT_DEPARTMENTS)
  expect(sections(html)).toEqual([])
  expect(html).toMatch(/<h2>业主 \/ 住户<\/h2>.*<h2>客户服务中心<\/h2>.*<h2>各部门承办人与主管<\/h2>.*<h2>管理处经理<\/h2>/s)
  for (const a of plain) expect(html.split(`data-openid="${a.openid}"`).length).toBe(2)
})
