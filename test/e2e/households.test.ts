/**
 * Issue 16's pages in the H5 app, rendered from real data at 375×812 and checked as every page is
 * (pages.ts: title and key content, axe-core, elderly mode at 375 and 320 px): the manager's
 * 房屋台账, the resident's 我的房屋 with a request waiting, and customer service's 房屋绑定审核.
 */
import { U } from '../helpers/emulator'
import { startE2E, type E2E } from './browser'
import { checkAll } from './pages'

let e: E2E

beforeAll(async () => {
  e = await startE2E(Date.parse('2026-11-30T02:00:00Z'))
  const row = { building: '3', unit: '2', room: '1502', area: '89.5', ownerName: '王丽', ownerPhone: '13800001111' }
  await e.call(U.manager, 'households.save', row, 'households')
  await e.call(
    U.chen,
    'room.bind',
    { building: '3', unit: '2', room: '1502', relation: 'family', phone: '13900002222', name: '陈建国' },
    'households',
  )
}, 90_000)
afterAll(async () => {
  await e?.close()
})

it('the roster, the resident’s rooms and the approval queue show their title and content in both modes', async () => {
  await checkAll(e, await e.as(U.manager), [
    {
      route: '/pkg-manager/households/index',
      ready: '.households-page .household',
      title: '房屋台账',
      shows: ['导入 Excel 表格', '导出台账', '下载模板', '添加房屋', '共 1 户', '3栋2单元1502', '王丽 · 13800001111 · 89.5㎡'],
      name: 'page-households',
    },
  ])
  await checkAll(e, await e.as(U.chen), [
    {
      route: '/pages/rooms/index',
      ready: '.rooms-page .room-binding',
      title: '我的房屋',
      shows: ['3栋2单元1502', '待审核', '家属', '您与房屋的关系', '楼栋', '单元', '房号', '手机号', '绑定房屋'],
      name: 'page-rooms',
    },
  ])
  await checkAll(e, await e.as(U.agent), [
    {
      route: '/pkg-staff/bindings/index',
      ready: '.bindings-page .binding-request',
      title: '房屋绑定审核',
      shows: ['3栋2单元1502', '申请人：陈建国（家属）13900002222', '台账业主：王丽 13800001111', '通过', '不通过'],
      name: 'page-bindings',
    },
  ])
}, 240_000)
