import { useState } from 'react'
import { View } from '@tarojs/components'
import Field from '@/components/form/Field'
import SignaturePad from '@/components/SignaturePad'
import { ChipSelect } from '@/components/form/ChipSelect'
import { uploadLocalFile } from '@/services/files'
import { SubmitBar, type FormProps } from './common'

const METHODS = [
  { value: 'signature', label: '现场签字', note: '投诉人在本机上签名确认' },
  { value: 'phone_readback', label: '电话复述确认', note: '已向投诉人复述登记要点，投诉人确认无误' },
]

/** A3: the complainant confirms a registration by signature on this phone, or after a phone read-back. */
export function ConfirmForm({ busy, submit, label }: FormProps) {
  const [method, setMethod] = useState('signature')
  const [signature, setSignature] = useState('')
  return (
    <View>
      <View className='form-card'>
        <Field label='确认方式' required>
          <ChipSelect className='method-select' block options={METHODS} value={method} onChange={setMethod} />
        </Field>
        {method === 'signature' && (
          <Field label='投诉人签名' required>
            <SignaturePad value={signature} onChange={setSignature} />
          </Field>
        )}
      </View>
      {method === 'phone_readback' && <View className='notice'>请先向投诉人逐项复述投诉内容、地点和诉求，确认无误后再提交。</View>}
      <SubmitBar
        busy={busy}
        label={label}
        onClick={() =>
          submit(method === 'signature' && !signature ? '请投诉人签名并点击“确认签名”' : null, async () =>
            method === 'signature' ? { method, signatureFile: await uploadLocalFile(signature, undefined, 'signatures') } : { method },
          )
        }
      />
    </View>
  )
}
