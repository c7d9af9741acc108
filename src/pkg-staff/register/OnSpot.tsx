import { View } from '@tarojs/components'
import { Switch } from '@nutui/nutui-react-taro'
import { HANDLING_MODES } from '@shared/vocabulary'
import Field from '@/components/form/Field'
import SignaturePad from '@/components/SignaturePad'
import { ChipSelect, optionsOf } from '@/components/form/ChipSelect'
import { LIMITS } from '@shared/limits'
import { TextField } from '../action/forms/common'

export interface OnSpotDraft {
  signature: string
  readBack: boolean
  resolved: boolean
  summary: string
  mode?: string
}

/**
 * A3 and A2-3 at registration: the complainant's signature (on site) or a phone read-back, and a
 * complaint answered or handled on the spot.
 */
export default function OnSpot({ channel, value, onChange }: { channel: string; value: OnSpotDraft; onChange: (v: OnSpotDraft) => void }) {
  const set = <K extends keyof OnSpotDraft>(k: K, v: OnSpotDraft[K]) => onChange({ ...value, [k]: v })
  return (
    <View className='form-card on-spot'>
      {channel === 'onsite' && (
        <Field label='投诉人签字确认' hint='向投诉人复述登记要点后请其签名；未签名的登记将等待投诉人在小程序中确认。'>
          <SignaturePad value={value.signature} onChange={(s) => set('signature', s)} />
        </Field>
      )}
      {channel === 'phone' && (
        <Field label='电话复述确认'>
          <View className='switch-row'>
            <View className='switch-row__text hint'>
              已向投诉人逐项复述登记要点，投诉人确认无误。未确认的登记将等待投诉人在小程序中确认。
            </View>
            <Switch className='readback-switch' ariaLabel='电话复述确认' checked={value.readBack} onChange={(v) => set('readBack', v)} />
          </View>
        </Field>
      )}
      <Field label='当场处理完毕'>
        <View className='switch-row'>
          <View className='switch-row__text hint'>事实清楚的简单投诉，已当场答复或处理的，可直接记录结果。</View>
          <Switch className='resolved-switch' ariaLabel='当场处理完毕' checked={value.resolved} onChange={(v) => set('resolved', v)} />
        </View>
      </Field>
      {value.resolved && (
        <View>
          <Field label='处理方式' required>
            <ChipSelect
              className='mode-select'
              options={optionsOf(HANDLING_MODES, ['explanation', 'rectification', 'coordination'])}
              value={value.mode}
              onChange={(m) => set('mode', m)}
            />
          </Field>
          <TextField
            label='当场处理结果'
            required
            value={value.summary}
            onChange={(s) => set('summary', s)}
            max={LIMITS.note}
            className='on-spot-summary'
            placeholder='向投诉人答复或处理的情况'
          />
        </View>
      )}
    </View>
  )
}
