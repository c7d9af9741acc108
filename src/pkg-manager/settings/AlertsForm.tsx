import { View, Text } from '@tarojs/components'
import { Input, Switch } from '@nutui/nutui-react-taro'
import type { OfficeSettings, SettingsPatch } from '@/services/admin'

/** The alerts as the manager edits them (numbers as text). */
export interface AlertDraft {
  wecomApp: boolean
  sms: boolean
  escalateMinutes: string
  dutyPhone: string
  dutyMobile: string
  numbers: OfficeSettings['alerts']['numbers']
}

export const alertDraftOf = (a: OfficeSettings['alerts']): AlertDraft => ({
  ...a,
  escalateMinutes: String(a.escalateMinutes),
  numbers: { ...a.numbers },
})

/** The draft as settings.save takes it (an empty step is sent as it is, for the server to name). */
export const alertsOf = (d: AlertDraft): SettingsPatch['alerts'] => ({
  ...d,
  escalateMinutes: d.escalateMinutes.trim() === '' ? (null as unknown as number) : Number(d.escalateMinutes),
})

const NUMBERS: { key: keyof AlertDraft['numbers']; label: string }[] = [
  { key: 'liftRescue', label: '电梯救援' },
  { key: 'fire', label: '火警' },
  { key: 'medical', label: '急救' },
  { key: 'police', label: '报警' },
]

/** One labelled text input of the card. */
function Row({
  label,
  value,
  onChange,
  className,
  type,
}: {
  label: string
  value: string
  onChange: (v: string) => void
  className: string
  type?: 'number'
}) {
  return (
    <View className={`deadline-row ${className}`}>
      <View className='deadline-row__text'>
        <View className='deadline-row__label'>{label}</View>
      </View>
      <Input className='deadline-row__input' type={type} value={value} onChange={onChange} placeholder='未设置' />
    </View>
  )
}

/**
 * Issue 14: emergency alerts — the channels that need no per-message consent (their secrets are in
 * the alert function's environment, see DEPLOY.md), how soon an unacknowledged emergency goes up
 * the chain, and the numbers residents are told to call.
 */
export default function AlertsForm({ value, onChange }: { value: AlertDraft; onChange: (v: AlertDraft) => void }) {
  const set =
    <K extends keyof AlertDraft>(k: K) =>
    (v: AlertDraft[K]) =>
      onChange({ ...value, [k]: v })
  return (
    <View className='card settings-card settings-alerts'>
      <View className='card__title'>紧急告警</View>
      <View className='row row--between alert-switch'>
        <Text>企业微信应用消息（发给已绑定企业微信的值班人员）</Text>
        <Switch className='alert-wecom-switch' ariaLabel='企业微信应用消息' checked={value.wecomApp} onChange={set('wecomApp')} />
      </View>
      <View className='row row--between alert-switch'>
        <Text>短信（发给值班人员和值班手机）</Text>
        <Switch className='alert-sms-switch' ariaLabel='短信' checked={value.sms} onChange={set('sms')} />
      </View>
      <Row
        label='无人接警升级间隔（分钟）'
        className='alert-minutes'
        type='number'
        value={value.escalateMinutes}
        onChange={set('escalateMinutes')}
      />
      <Row label='物业值班电话（告知投诉人）' className='alert-duty-phone' value={value.dutyPhone} onChange={set('dutyPhone')} />
      <Row label='值班手机（接收紧急短信）' className='alert-duty-mobile' value={value.dutyMobile} onChange={set('dutyMobile')} />
      {NUMBERS.map((n) => (
        <Row
          key={n.key}
          label={`${n.label}电话`}
          className={`alert-number-${n.key}`}
          value={value.numbers[n.key]}
          onChange={(v) => set('numbers')({ ...value.numbers, [n.key]: v })}
        />
      ))}
      <View className='hint'>紧急投诉无人接警时，每隔上述分钟依次通知值班主管、管理处经理，之后每次通知全部接警人员，直至有人接警。</View>
    </View>
  )
}
