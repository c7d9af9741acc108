/**
 * Issue 16: the emulator's dev-login page groups the demo accounts by estate when the seed gives
 * them one (a code, or a code and a name), the company's own roles first; a seed without estates
 * keeps the role groups it always had.
 */
import { loginPage } from '../../emulator/pages/dev-pages'
import { DEMO_ACCOUNTS, type DemoAccount } from '../../emulator/demo-accounts'
import { DEFAULT_DEPARTMENTS } from '@shared/departments'

type Tagged = DemoAccount & { estate?: string | { code: string; name?: string }; companyRole?: string }

/** The page's estate sections in order, each with the names of its accounts. */
function sections(html: string): { estate: string; title: string; names: string[] }[] {
  return [
    ...html.matchAll(/<section class="estate-group" data-estate="([^"]*)"><h2 class="estate-title">([^<]*)<\/h2>(.*?)<\/section>/gs),
  ].map(([, estate, title, body]) => ({ estate, title, names: [...body.matchAll(/<b>([^<]*)<\/b>/g)].map((m) => m[1]) }))
}

const byName = (name: string) => DEMO_ACCOUNTS.find((a) => a.name === name)!

it('given accounts with estates, it shows one section per estate, named from the list, the company roles first', () => {
  const accounts: Tagged[] = [
    { ...byName('王丽'), estate: 'YG01' },
    { ...byName('林晓'), estate: { code: 'YG01', name: '阳光花园' } },
    { ...byName('周经理'), estate: 'YG01' },
    { ...byName('陈建国'), estate: 'LH02' },
    { ...byName('张洁'), estate: 'LH02' },
    {
      openid: 'demo-quality',
      role: 'manager',
      name: '品质部小吴',
      phone: '13911110099',
      hint: '品质部：各小区对比',
      companyRole: 'quality',
    },
  ]
  const html = loginPage(accounts, DEFAULT_DEPARTMENTS, [
    { code: 'YG01', name: '阳光花园' },
    { code: 'LH02', name: '绿湖苑' },
  ])
  expect(sections(html)).toEqual([
    { estate: '', title: '公司', names: ['品质部小吴'] },
    { estate: 'YG01', title: '阳光花园', names: ['王丽', '林晓', '周经理'] },
    { estate: 'LH02', title: '绿湖苑', names: ['陈建国', '张洁'] },
  ])
  expect(html).toContain('<span class="tag">品质部</span>')
  // Inside an estate, the role groups as before.
  expect(html).toMatch(/data-estate="LH02">.*<h3>业主 \/ 住户<\/h3>.*陈建国.*<h3>各部门承办人与主管<\/h3>.*张洁/s)
})

it('given an estate code without a name anywhere, it titles the section with the code', () => {
  const html = loginPage([{ ...byName('王丽'), estate: 'ZZ09' } as Tagged], DEFAULT_DEPARTMENTS)
  expect(sections(html)).toEqual([{ estate: 'ZZ09', title: 'ZZ09', names: ['王丽'] }])
})

it('given accounts without estates (a single-estate seed), it shows the role groups alone, every account once', () => {
  const html = loginPage(DEMO_ACCOUNTS, DEFAULT_DEPARTMENTS)
  expect(sections(html)).toEqual([])
  expect(html).toMatch(/<h2>业主 \/ 住户<\/h2>.*<h2>客户服务中心<\/h2>.*<h2>各部门承办人与主管<\/h2>.*<h2>管理处经理<\/h2>/s)
  for (const a of DEMO_ACCOUNTS) expect(html.split(`data-openid="${a.openid}"`).length).toBe(2)
})
