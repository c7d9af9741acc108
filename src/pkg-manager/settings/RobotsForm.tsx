import { View, Text } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import type { DepartmentDraft } from './departments'

export type RobotDraft = Record<string, string>

/** A pasted webhook address is cut down to its key (the part after key=), which is what settings.save takes. */
export function keyOf(v: string): string {
  const m = /[?&]key=([^&\s]+)/.exec(v)
  return (m ? m[1] : v).trim()
}

/** The robots the manager changed, as settings.save takes them ('' removes one; untouched masked keys are left out). */
export function changedRobots(draft: RobotDraft, saved: RobotDraft): RobotDraft | undefined {
  const changed = Object.fromEntries(
    Object.entries(draft)
      .filter(([k, v]) => v !== (saved[k] ?? ''))
      .map(([k, v]) => [k, keyOf(v)]),
  )
  return Object.keys(changed).length ? changed : undefined
}

interface Props {
  value: RobotDraft
  onChange: (v: RobotDraft) => void
  /** The department list as edited: each saved department can have its group's robot. */
  departments: DepartmentDraft[]
}

/**
 * The staff channel beside one-time subscriptions: the management group's and each department's
 * WeCom (企业微信) group robot. Saved keys come back masked and stay as they are unless replaced or cleared here.
 */
export default function RobotsForm({ value, onChange, departments }: Props) {
  const groups = [
    { key: 'office', label: '管理处（经理）' },
    ...departments.filter((d) => d.code).map((d) => ({ key: d.code!, label: d.name })),
  ]
  return (
    <View className='card settings-card settings-robots'>
      <View className='card__title'>
        <Text>企业微信群提醒</Text>
        <Text className='card__extra'>选填</Text>
      </View>
      <View className='hint robots-intro'>
        在部门的企业微信群中添加“群机器人”，把它的 Webhook 地址（或地址中 key=
        之后的部分）填在这里：该部门的新工单、审批和超时提醒会同时发到群里，不含投诉人的姓名、房号和电话。
      </View>
      {groups.map((g) => (
        <View key={g.key} className={`robot-row robot-${g.key}`}>
          <Text className='robot-row__label'>{g.label}</Text>
          <Input
            className='robot-row__input'
            value={value[g.key] ?? ''}
            onChange={(v) => onChange({ ...value, [g.key]: v })}
            placeholder='未设置'
            maxLength={200}
          />
          {!!value[g.key] && (
            <Text className='robot-row__clear link' onClick={() => onChange({ ...value, [g.key]: '' })}>
              清除
            </Text>
          )}
        </View>
      ))}
    </View>
  )
}
