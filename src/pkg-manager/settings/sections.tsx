import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import Field from '@/components/form/Field'
import EstateForm from './EstateForm'
import LinkCard from './LinkCard'
import DepartmentsForm from './DepartmentsForm'
import RobotsForm from './RobotsForm'
import AlertsForm from './AlertsForm'
import AlertChannels from './AlertChannels'
import RoutingForm from './RoutingForm'
import type { DepartmentView } from '@/services/admin'
import type { SettingsDraft } from './useSettingsForm'

/** The settings in the sections a manager looks for them under. */
export const SECTIONS = [
  { value: 'estate', title: '小区与地点' },
  { value: 'routing', title: '部门与派单' },
  { value: 'deadlines', title: '时限与日历' },
  { value: 'notifications', title: '通知' },
  { value: 'staff', title: '员工' },
  { value: 'privacy', title: '隐私与保存' },
]

/**
 * One section, drawn the first time it is opened (a text box measures itself when drawn, so it must
 * be drawn visible) and then kept, hidden while another shows: what was typed in it stays, and
 * 保存设置 saves it.
 */
export function Section({ id, current, opened, children }: PropsWithChildren<{ id: string; current: string; opened: Set<string> }>) {
  if (!opened.has(id)) return null
  return <View className={`settings-section settings-section-${id} ${id === current ? '' : 'settings-section--hidden'}`}>{children}</View>
}

type Setter = <K extends keyof SettingsDraft>(k: K) => (v: SettingsDraft[K]) => void

/** The office's name, and its estate: buildings, units and public areas (A2). */
export function EstateSection({ draft, set }: { draft: SettingsDraft; set: Setter }) {
  return (
    <>
      <View className='form-card settings-office'>
        <Field label='管理处名称'>
          <Input className='settings-office-name' value={draft.officeName} onChange={set('officeName')} maxLength={40} />
        </Field>
      </View>
      <EstateForm value={draft.estate} onChange={set('estate')} />
      <LinkCard
        className='settings-qrcodes'
        title='扫码投诉二维码'
        hint='为每栋楼、每个单元和公共区域生成二维码，打印后张贴在电梯、楼道、车库等处；业主扫码即可投诉，地点自动填写。楼栋或区域改名后，已张贴的二维码仍然有效。'
        link='生成并打印二维码'
        url='/pkg-manager/qrcodes/index'
      />
      <LinkCard
        className='settings-households'
        title='房屋台账'
        hint='每户的楼栋、单元、房号、面积和业主姓名电话：从 Excel 导入（逐行说明未导入的原因）、导出，或逐户添加修改。住户绑定房屋时手机号与台账一致即自动核验。'
        link='管理房屋台账'
        url='/pkg-manager/households/index'
      />
    </>
  )
}

/** The office's departments (added, renamed, deactivated here, no code change) and routing of categories to them (H1). */
export function RoutingSection({ draft, set, views }: { draft: SettingsDraft; set: Setter; views: DepartmentView[] }) {
  return (
    <>
      <DepartmentsForm value={draft.departments} onChange={set('departments')} views={views} />
      <RoutingForm value={draft.routing} onChange={set('routing')} departments={draft.departments} />
    </>
  )
}

/** Staff channels besides WeChat's one-time pushes: emergency alerts and their health (issue 14), the WeCom group robots, and the pushes that failed. */
export function NotificationsSection({ draft, set }: { draft: SettingsDraft; set: Setter }) {
  return (
    <>
      <AlertChannels />
      <AlertsForm value={draft.alerts} onChange={set('alerts')} />
      <RobotsForm value={draft.robots} onChange={set('robots')} departments={draft.departments} />
      <LinkCard
        className='settings-deadletters'
        title='发送失败的微信通知'
        hint='微信未能送达的通知（站内消息已送达）及其原因；排除原因后可重新发送。'
        link='查看发送失败通知'
        url='/pkg-manager/deadletters/index'
      />
    </>
  )
}

/** Staff accounts live on their own page: invites and the staff list. */
export function StaffSection() {
  return (
    <LinkCard
      className='settings-staff'
      title='员工与邀请'
      hint='员工凭管理处发放的一次性邀请码绑定微信后使用员工功能；离职或调岗的员工可在员工名单中停用。'
      link='邀请员工、查看员工名单'
      url='/pkg-manager/staff/index'
    />
  )
}

/** Issue 14: who is on duty (值班表) and which words make a complaint an emergency, each on its own page. */
export function DutySection() {
  return (
    <>
      <LinkCard
        className='settings-roster'
        title='值班表'
        hint='各部门和客服中心的值班安排（按星期、时段，区分工作日与休息日/节假日），以及调班。紧急投诉首先通知当时的值班人员；无人值班时通知整个部门。'
        link='编辑值班表'
        url='/pkg-manager/roster/index'
      />
      <LinkCard
        className='settings-rules'
        title='紧急情况识别规则'
        hint='投诉提交和代为登记时，按这些规则识别电梯困人、燃气泄漏、起火等紧急情况；可停用内置规则、追加触发词或新增规则。'
        link='查看和修改规则'
        url='/pkg-manager/rules/index'
      />
    </>
  )
}
