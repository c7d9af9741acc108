import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import Field from '@/components/form/Field'
import { ApiError } from '@/services/api'
import { createEstate, type EstateView, type NewEstate } from '@/services/estates'
import { toastError } from '@/utils/ui'
import { validateEstate, type EstateErrors } from './validate'

const EMPTY: NewEstate = { code: '', name: '', address: '' }

/** A field's message under it: the error in red, else the hint. */
const note = (error: string | undefined, hint?: string) => (error ? <Text className='form-error'>{error}</Text> : hint)

/**
 * Issue 16: the company administrator creates an estate — code, name, address — each checked as
 * typed once the form was sent; a code already taken comes back from the server under its field.
 */
export default function EstateForm({ onCreated }: { onCreated: (e: EstateView) => void }) {
  const [input, setInput] = useState<NewEstate>(EMPTY)
  const [errors, setErrors] = useState<EstateErrors>({})
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)

  const set = (key: keyof NewEstate) => (value: string) => {
    const next = { ...input, [key]: value }
    setInput(next)
    if (tried) setErrors(validateEstate(next))
  }

  const submit = async () => {
    if (busy) return
    setTried(true)
    const found = validateEstate(input)
    setErrors(found)
    if (Object.keys(found).length) return
    setBusy(true)
    try {
      onCreated(await createEstate({ code: input.code.trim(), name: input.name.trim(), address: input.address.trim() }))
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT') setErrors({ code: e.message })
      else toastError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='estate-form'>
      <View className='form-card'>
        <Field label='小区编号' required hint={note(errors.code, '用于二维码和系统内部，创建后不可修改，例如 YG01')}>
          <Input className='estate-code' value={input.code} onChange={set('code')} maxLength={20} placeholder='字母或数字' />
        </Field>
        <Field label='小区名称' required hint={note(errors.name)}>
          <Input className='estate-name' value={input.name} onChange={set('name')} maxLength={30} placeholder='如：阳光花园' />
        </Field>
        <Field label='小区地址' required hint={note(errors.address)}>
          <Input
            className='estate-address'
            value={input.address}
            onChange={set('address')}
            maxLength={100}
            placeholder='省市区及街道门牌'
          />
        </Field>
      </View>
      <View className='company-actions'>
        <Button className='estate-create' type='primary' block loading={busy} disabled={busy} onClick={submit}>
          创建小区
        </Button>
        <View className='hint'>创建后，可为小区生成业主扫码加入的二维码，并邀请小区的第一位管理处经理。</View>
      </View>
    </View>
  )
}
