/**
 * Demo accounts the emulator seeds on first start (residents from the sample complaints, one
 * handler per department, supervisors, a customer-service agent, a manager). Invented people.
 * Exists only in the emulator: production accounts come from residents' profiles and invites.
 */
import type { User } from '../cloudfunctions/complaint/domain/model'
import { withPlaceCodes } from '../cloudfunctions/complaint/domain/place-codes'
import type { EstateSettings } from '../cloudfunctions/complaint/domain/settings'
import type { DepartmentCode, Role, StaffRole } from '@shared/vocabulary'
import type { CompanyRole } from '../cloudfunctions/complaint/domain/estate'
import { DEFAULT_ESTATE } from '@shared/matters'

/**
 * A seeded user, plus what to try with it (shown on the dev-login page) and the estate it belongs
 * to (issue 16: the dev login groups accounts by `estate`; '' for the company's own accounts).
 */
export type DemoAccount = Pick<User, 'openid' | 'role' | 'name' | 'phone' | 'room' | 'departmentCode' | 'wecomUserId' | 'companyRole'> & {
  hint: string
  estate: string
  estateName: string
}

/** Issue 16: the demo company's three estates (the first is the one every earlier demo and test used). */
export const DEMO_ESTATES = [
  { code: DEFAULT_ESTATE, name: '阳光花园', address: '示例市示例区阳光路 1 号', officeName: '阳光花园物业管理处' },
  { code: 'lakeside', name: '湖畔雅苑', address: '示例市示例区湖滨大道 88 号', officeName: '湖畔雅苑物业服务中心' },
  { code: 'maple', name: '枫林苑', address: '示例市示例区枫林路 36 号', officeName: '枫林苑物业管理处' },
] as const
const nameOf = (code: string) => DEMO_ESTATES.find((e) => e.code === code)?.name ?? ''

const resident = (n: number, name: string, room: string, phone: string, hint = '', estate: string = DEFAULT_ESTATE): DemoAccount => ({
  openid: `demo-resident-${String(n).padStart(2, '0')}`,
  role: 'resident',
  name,
  room,
  phone,
  hint,
  estate,
  estateName: nameOf(estate),
})
const staff = (
  id: string,
  role: Role,
  name: string,
  departmentCode: DepartmentCode,
  phone: string,
  hint: string,
  estate: string = DEFAULT_ESTATE,
): DemoAccount => ({
  openid: `demo-${id}`,
  role,
  name,
  departmentCode,
  phone,
  // Bound in their profile, as staff do, so the emulator's WeCom application reaches them (issue 14).
  wecomUserId: id,
  hint,
  estate,
  estateName: nameOf(estate),
})
const company = (id: string, companyRole: CompanyRole, name: string, phone: string, hint: string): DemoAccount => ({
  ...{ openid: `demo-${id}`, role: 'manager', name, phone, companyRole, hint, estate: '', estateName: '公司' },
})

export const DEMO_ACCOUNTS: DemoAccount[] = [
  resident(1, '王丽', '3栋2单元1502', '13800001111', '提交投诉、查看进度、评价'),
  resident(2, '陈建国', '5栋1单元302', '13900002222'),
  resident(3, '刘洋', '8栋601', '13700003333'),
  resident(4, '赵敏', '2栋1101', '13600004444'),
  resident(5, '孙浩', '6栋2单元801', '13500005555'),
  resident(6, '周婷', '1栋3单元2003', '13400006666'),
  resident(7, '吴刚', '4栋902', '13300007777'),
  resident(8, '郑凯', '7栋1单元401', '13200008888'),
  resident(9, '钱芳', '9栋1502', '13100009999'),
  resident(10, '冯磊', '10栋2单元1201', '13000001010'),
  resident(11, '褚红', '11栋301', '18800001212'),
  resident(12, '卫强', '12栋1802', '18700001313'),
  resident(13, '蒋悦', '3栋1单元202', '18600001414'),
  staff('agent', 'agent', '林晓', 'customer_service', '13911110001', '客服：受理、派单、不予受理、代为登记、回访'),
  staff('cs-supervisor', 'supervisor', '黄敏', 'customer_service', '13911110002', '客服中心主管'),
  staff('cleaning-handler', 'handler', '张洁', 'cleaning', '13911110003', '保洁部承办人：接单、调查、反馈结果'),
  staff('cleaning-supervisor', 'supervisor', '何静', 'cleaning', '13911110004', '保洁部主管'),
  staff('landscaping-handler', 'handler', '李青', 'landscaping', '13911110005', '绿化部承办人'),
  staff('landscaping-supervisor', 'supervisor', '罗森', 'landscaping', '13911110006', '绿化部主管'),
  staff('security-handler', 'handler', '王强', 'security', '13911110007', '秩序维护部承办人'),
  staff('security-guard', 'handler', '马东', 'security', '13911110008', '东门夜班保安（被投诉员工示例，看不到投诉人）'),
  staff('security-supervisor', 'supervisor', '郭勇', 'security', '13911110009', '秩序维护部主管'),
  staff('engineering-handler', 'handler', '赵工', 'engineering', '13911110010', '工程部承办人'),
  staff('engineering-supervisor', 'supervisor', '孙志远', 'engineering', '13911110011', '工程部主管：审批方案、延期'),
  staff('parking-handler', 'handler', '钱停', 'parking', '13911110012', '车辆管理组承办人'),
  staff('parking-supervisor', 'supervisor', '冯泊', 'parking', '13911110013', '车辆管理组主管'),
  staff('manager', 'manager', '周经理', 'customer_service', '13911110014', '管理处经理：全部投诉、升级、设置、邀请员工'),
  // Issue 16: two more estates with their own staff and residents, and the company's own accounts.
  resident(21, '许静', '1栋1单元801', '15800002101', '湖畔雅苑的住户：只看到本小区', 'lakeside'),
  resident(22, '高远', '2栋1203', '15800002202', '', 'lakeside'),
  staff('lakeside-agent', 'agent', '方圆', 'customer_service', '13922220001', '湖畔雅苑客服', 'lakeside'),
  staff('lakeside-cleaning', 'handler', '宋洁', 'cleaning', '13922220002', '湖畔雅苑保洁部承办人', 'lakeside'),
  staff('lakeside-manager', 'manager', '唐经理', 'customer_service', '13922220003', '湖畔雅苑管理处经理', 'lakeside'),
  resident(31, '梁晨', '3栋1单元502', '15800003101', '枫林苑的住户', 'maple'),
  resident(32, '韩梅', '5栋2单元1001', '15800003202', '', 'maple'),
  staff('maple-agent', 'agent', '邓洁', 'customer_service', '13933330001', '枫林苑客服', 'maple'),
  staff('maple-engineering', 'handler', '曹工', 'engineering', '13933330002', '枫林苑工程部承办人', 'maple'),
  staff('maple-manager', 'manager', '彭经理', 'customer_service', '13933330003', '枫林苑管理处经理', 'maple'),
  company('company-admin', 'admin', '公司管理员', '13900009001', '公司管理员：新建小区、邀请各小区首位经理'),
  company('quality', 'quality', '品质部', '13900009002', '品质部：查看各小区，不做处理'),
]

/** A demo account as stored: staff with their membership of their estate, residents with their joined estate (issue 16). */
export function storedAccount({ hint: _h, estate, estateName: _n, ...a }: DemoAccount, now: number): Omit<User, '_id'> {
  const where = a.companyRole
    ? { memberships: [] }
    : a.role === 'resident'
      ? { estates: [estate], estate }
      : { memberships: [{ estate, role: a.role as StaffRole, departmentCode: a.departmentCode ?? '' }], estate }
  return { ...a, ...where, active: true, createdAt: now }
}

/**
 * The demo estate (阳光花园): buildings 1–20, some with units, matching the demo residents' and
 * the sample complaints' rooms; and its public areas. Offices enter their own in settings.
 */
export const DEMO_ESTATE: EstateSettings = withPlaceCodes(
  {},
  {
    buildings: Array.from({ length: 20 }, (_, i) => {
      const name = String(i + 1)
      return { name, units: name === '1' ? 3 : ['3', '5', '6', '7', '10', '15'].includes(name) ? 2 : 0 }
    }),
    areas: ['东门', '西门', '中心花园', '地下车库', '地面停车场', '儿童游乐区', '垃圾收集点', '客户服务中心'],
  },
)
