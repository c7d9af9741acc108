import { View } from '@tarojs/components'
import { Input, Switch } from '@nutui/nutui-react-taro'
import { LIMITS } from '@shared/limits'
import Field from '@/components/form/Field'
import { useElderly } from '@/store/display'
import type { Draft, SetField } from './useFiling'

/**
 * H4 and A1: the emergency switch (what counts, in the resident's words) and who was involved. Elderly
 * mode (issue 19) leaves the optional 涉及人员 out — the description can say it — unless a draft already has it.
 */
export default function ExtraFields({ draft, set }: { draft: Draft; set: SetField }) {
  const showInvolved = !useElderly() || !!draft.involved
  return (
    <View className='form-card'>
      <Field label='紧急投诉'>
        <View className='switch-row'>
          <View className='switch-row__text hint'>
            涉及人身安全（如电梯困人、燃气泄漏、火情），或重大设施设备故障（如停水停电、水管爆裂）时请打开，我们会立即通知相关部门处置。
          </View>
          <Switch className='emergency-switch' ariaLabel='紧急投诉' checked={draft.emergency} onChange={(v) => set('emergency', v)} />
        </View>
      </Field>
      {showInvolved && (
        <Field label='涉及人员' extra='选填'>
          <Input
            className='involved-input'
            value={draft.involved}
            placeholder='如涉及的工作人员、车辆或邻居'
            maxLength={LIMITS.text}
            onChange={(v) => set('involved', v)}
          />
        </Field>
      )}
    </View>
  )
}
