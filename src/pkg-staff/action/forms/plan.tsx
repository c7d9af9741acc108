import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import Field from '@/components/form/Field'
import { useDraft } from '@/hooks/useDraft'
import DayField from '@/components/form/DayField'
import { LIMITS, charCount } from '@shared/limits'
import { SubmitBar, latestHint, type FormProps } from './common'

/** What keeps a plan from being sent, in Chinese; null when it can go. Takes the owner, the filled-in steps and the day. */
function planProblem(owner: string, steps: string[], deadline: string): string | null {
  if (!owner.trim()) return '请填写方案负责人'
  if (!steps.length) return '请至少填写一个方案步骤'
  if (steps.some((s) => charCount(s) > 200)) return '每个步骤不能超过 200 个字'
  return deadline ? null : '请选择方案完成日期'
}

/** The plan's numbered steps: edit, remove (all but the last one), add up to the limit. */
function StepsField({ steps, onChange }: { steps: string[]; onChange: (steps: string[]) => void }) {
  const filled = steps.filter((s) => s.trim()).length
  return (
    <Field label='处理步骤' required extra={`${filled}/${LIMITS.planSteps}`}>
      {steps.map((s, i) => (
        <View key={i} className='plan-step-input'>
          <Text className='plan-step-input__no'>{i + 1}</Text>
          <Input
            className={`step-input step-input-${i}`}
            value={s}
            onChange={(v) => onChange(steps.map((x, j) => (i === j ? v : x)))}
            maxLength={200}
            placeholder='做什么、由谁做'
          />
          {steps.length > 1 && (
            <Text className='plan-step-input__remove' onClick={() => onChange(steps.filter((_, j) => j !== i))}>
              删除
            </Text>
          )}
        </View>
      ))}
      {steps.length < LIMITS.planSteps && (
        <Button className='add-step' size='small' fill='outline' onClick={() => onChange([...steps, ''])}>
          添加步骤
        </Button>
      )}
    </Field>
  )
}

/** H3-PLAN: owner, steps and deadline, approved by the supervisor before work goes on. */
export function SubmitPlanForm({ c, busy, submit, label, draftKey }: FormProps) {
  const [owner, setOwner] = useState(c.plan?.owner ?? c.assigneeName ?? '')
  const [steps, setSteps] = useDraft<string[]>(`${draftKey}steps`, c.plan?.steps.length ? c.plan.steps : [''])
  const [deadline, setDeadline] = useState(c.plan?.deadline ?? '')
  const filled = steps.map((s) => s.trim()).filter(Boolean)
  return (
    <View>
      {c.plan?.status === 'returned' && (
        <View className='notice notice--warning'>方案已被退回：{c.plan.decisionNote || '请修改后重新提交'}</View>
      )}
      <View className='form-card'>
        <Field label='方案负责人' required>
          <Input className='owner-input' value={owner} onChange={setOwner} maxLength={LIMITS.name} placeholder='负责落实方案的人' />
        </Field>
        <StepsField steps={steps} onChange={setSteps} />
        <DayField
          label='完成日期'
          value={deadline}
          onChange={setDeadline}
          end={c.latestDay}
          hint={`批准后，此日期即为办结期限。${latestHint(c.latestDay)}`}
        />
      </View>
      <SubmitBar
        busy={busy}
        label={label}
        onClick={() => submit(planProblem(owner, filled, deadline), () => ({ owner: owner.trim(), steps: filled, deadline }))}
      />
    </View>
  )
}
