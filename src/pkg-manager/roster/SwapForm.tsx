import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import Field from '@/components/form/Field'
import { ChipSelect } from '@/components/form/ChipSelect'
import type { UserView } from '@/services/types'
import { toast } from '@/utils/ui'
import { staffOf } from './ShiftForm'
import type { Roster, Swap } from './useRoster'

/** A one-day swap (调班): on a date, someone of the roster is replaced by a colleague of the same department. */
export default function SwapForm({ roster, staff, onAdd }: { roster: Roster; staff: UserView[]; onAdd: (s: Swap) => void }) {
  const [date, setDate] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const rostered = [...new Map(roster.shifts.map((s) => [s.openid, s])).values()]
  const shift = rostered.find((s) => s.openid === from)
  const standIns = shift ? staffOf(staff, shift.departmentCode).filter((u) => u.openid !== from) : []
  const add = () => {
    const who = standIns.find((u) => u.openid === to)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return toast('请填写调班日期，如 2026-12-01')
    if (!shift || !who) return toast('请选择原值班人员和替班人员')
    onAdd({ date, departmentCode: shift.departmentCode, from, to, toName: who.name })
  }
  if (!rostered.length) return null
  return (
    <View className='form-card swap-form'>
      <Field label='调班日期' hint='班次开始的那一天，如 2026-12-01。'>
        <Input className='swap-date' value={date} onChange={setDate} placeholder='YYYY-MM-DD' maxLength={10} />
      </Field>
      <Field label='原值班人员'>
        <ChipSelect
          className='swap-from'
          options={rostered.map((s) => ({ value: s.openid, label: s.name }))}
          value={from}
          onChange={setFrom}
        />
      </Field>
      <Field label='替班人员'>
        <ChipSelect className='swap-to' options={standIns.map((u) => ({ value: u.openid!, label: u.name }))} value={to} onChange={setTo} />
      </Field>
      <Button className='swap-add' size='small' type='primary' fill='outline' onClick={add}>
        添加调班
      </Button>
    </View>
  )
}
