import type { Dispatch, SetStateAction } from 'react'
import { View, Picker } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import { HOTLINE_ORDER_PATTERN, hotlineOrderNo } from '@shared/hotline'
import type { Channel } from '@shared/vocabulary'
import DayField from '@/components/form/DayField'
import Field from '@/components/form/Field'
import type { RegisterInput } from '@/services/complaint'

/** W1, W2: a 12345 work order as staff copy it from the hotline's system. */
export interface HotlineDraft {
  orderNo: string
  /** The hotline's deadline: a Shanghai day and a time of day. */
  dueDay: string
  dueTime: string
}

export const NO_HOTLINE: HotlineDraft = { orderNo: '', dueDay: '', dueTime: '17:30' }

/** The hotline's deadline as an instant (ms UTC), or NaN while the day or time is missing. */
const dueAtOf = (h: HotlineDraft) => (h.dueDay && h.dueTime ? Date.parse(`${h.dueDay}T${h.dueTime}:00+08:00`) : NaN)

/** What keeps a hotline registration from being sent, in Chinese (the server checks the same, W1, W2); null when it can go. */
export function hotlineProblem(channel: Channel, h: HotlineDraft, now = Date.now()): string | null {
  if (channel !== 'hotline') return null
  if (!h.orderNo.trim()) return '请填写12345工单号'
  if (!HOTLINE_ORDER_PATTERN.test(hotlineOrderNo(h.orderNo))) return '12345工单号应为 4–40 位字母、数字或“-”'
  const due = dueAtOf(h)
  if (Number.isNaN(due)) return '请选择热线要求的办理时限'
  return due <= now ? '热线办理时限已过，请核对工单上的时限' : null
}

/** The `hotline` of complaint.register: only for the hotline channel. */
export function hotlineOf(channel: Channel, h: HotlineDraft): RegisterInput['hotline'] {
  return channel === 'hotline' ? { orderNo: hotlineOrderNo(h.orderNo), dueAt: dueAtOf(h) } : undefined
}

/**
 * W1, W2: the work order's number and the hotline's deadline. The deadline becomes the handling
 * deadline when it is sooner than the procedure's; a number already registered is refused by the server.
 */
export default function HotlineFields({ value, onChange }: { value: HotlineDraft; onChange: Dispatch<SetStateAction<HotlineDraft>> }) {
  // Each field updates its own part of the latest draft (a picker may answer after another field changed).
  const set = (part: Partial<HotlineDraft>) => onChange((v) => ({ ...v, ...part }))
  return (
    <View className='hotline-fields'>
      <Field label='12345工单号' required hint='与热线系统中的工单号一致；同一工单号只能登记一次。'>
        <Input
          className='hotline-order'
          value={value.orderNo}
          onChange={(orderNo) => set({ orderNo })}
          maxLength={40}
          placeholder='如 GD2026113000123'
        />
      </Field>
      <DayField
        className='hotline-due-day'
        label='热线办理时限'
        value={value.dueDay}
        onChange={(dueDay) => set({ dueDay })}
        hint='早于本处处理时限时，以热线时限为准。'
      />
      <Field label='时限时间' required>
        <Picker mode='time' className='hotline-due-time' value={value.dueTime} onChange={(e) => set({ dueTime: String(e.detail.value) })}>
          <View className='date-value'>{value.dueTime}</View>
        </Picker>
      </Field>
    </View>
  )
}
