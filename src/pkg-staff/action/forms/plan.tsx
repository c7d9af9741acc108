import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import InfoRow from '@/components/InfoRow'
import Field from '@/components/form/Field'
import { useDraft } from '@/hooks/useDraft'
import DayField from '@/components/form/DayField'
import { LIMITS, charCount } from '@shared/limits'
import { dayAfter, formatDay, formatTime, today } from '@/utils/time'
import { EXTENSION_STATUS, PLAN_STATUS } from '@shared/labels'
import { SubmitBar, TextField, type FormProps } from './common'

const later = (a: string, b: string) => (a > b ? a : b)

/** The current handling deadline, "（暂定）" while it is provisional (H4: counted before its year's holidays were entered). */
const currentDue = ({ deadlines: d }: FormProps['c']) =>
  d.handlingDueAt ? `${formatTime(d.handlingDueAt)}${d.provisional?.handlingDueAt ? '（暂定）' : ''}` : undefined

/** H4-2: the latest day the server allows, said before the picker stops there. */
const latestHint = (day?: string) => (day ? `最晚可选 ${formatDay(day)}（受理后的延期上限）。` : '')

/** What is missing or wrong in a plan before it is sent, or null. */
function planProblem(owner: string, steps: string[], deadline: string): string | null {
  if (!owner.trim()) return '请填写方案负责人'
  if (!steps.length) return '请至少填写一个方案步骤'
  if (steps.some((s) => charCount(s) > 200)) return '每个步骤不能超过 200 个字'
  return deadline ? null : '请选择方案完成日期'
}

/** H3-PLAN: owner, steps and deadline, approved by the supervisor before work goes on. */
export function SubmitPlanForm({ c, busy, submit, label, draftKey }: FormProps) {
  const [owner, setOwner] = useState(c.plan?.owner ?? c.assigneeName ?? '')
  const [steps, setSteps] = useDraft<string[]>(`${draftKey}steps`, c.plan?.steps.length ? c.plan.steps : [''])
  const [deadline, setDeadline] = useState(c.plan?.deadline ?? '')
  const setStep = (i: number, v: string) => setSteps(steps.map((s, j) => (i === j ? v : s)))
  const filled = steps.map((s) => s.trim()).filter(Boolean)
  const problem = planProblem(owner, filled, deadline)
  return (
    <View>
      {c.plan?.status === 'returned' && (
        <View className='notice notice--warning'>方案已被退回：{c.plan.decisionNote || '请修改后重新提交'}</View>
      )}
      <View className='form-card'>
        <Field label='方案负责人' required>
          <Input className='owner-input' value={owner} onChange={setOwner} maxLength={LIMITS.name} placeholder='负责落实方案的人' />
        </Field>
        <Field label='处理步骤' required extra={`${filled.length}/${LIMITS.planSteps}`}>
          {steps.map((s, i) => (
            <View key={i} className='plan-step-input'>
              <Text className='plan-step-input__no'>{i + 1}</Text>
              <Input
                className={`step-input step-input-${i}`}
                value={s}
                onChange={(v) => setStep(i, v)}
                maxLength={200}
                placeholder='做什么、由谁做'
              />
              {steps.length > 1 && (
                <Text className='plan-step-input__remove' onClick={() => setSteps(steps.filter((_, j) => j !== i))}>
                  删除
                </Text>
              )}
            </View>
          ))}
          {steps.length < LIMITS.planSteps && (
            <Button className='add-step' size='small' fill='outline' onClick={() => setSteps([...steps, ''])}>
              添加步骤
            </Button>
          )}
        </Field>
        <DayField
          label='完成日期'
          value={deadline}
          onChange={setDeadline}
          end={c.latestDay}
          hint={`批准后，此日期即为办结期限。${latestHint(c.latestDay)}`}
        />
      </View>
      <SubmitBar busy={busy} label={label} onClick={() => submit(problem, () => ({ owner: owner.trim(), steps: filled, deadline }))} />
    </View>
  )
}

/** H3-EXT: ask to move the handling deadline; the complainant is told the reason. */
export function ExtensionForm({ c, busy, submit, label, draftKey }: FormProps) {
  const [day, setDay] = useState('')
  const [reason, setReason] = useDraft(`${draftKey}reason`, '')
  return (
    <View>
      <View className='form-card'>
        {c.deadlines.handlingDueAt && <InfoRow label='当前期限' value={currentDue(c)} />}
        {/* An extension moves the deadline later: the picker starts the day after the current one. */}
        <DayField
          label='延期至'
          value={day}
          onChange={setDay}
          start={c.deadlines.handlingDueAt ? later(dayAfter(c.deadlines.handlingDueAt), today()) : undefined}
          end={c.latestDay}
          hint={latestHint(c.latestDay)}
        />
        <TextField
          label='延期原因'
          required
          value={reason}
          onChange={setReason}
          max={LIMITS.text}
          className='reason-input'
          placeholder='如：配件需要采购，预计周五到货'
          hint='经主管批准后，投诉人将收到延期通知和原因。'
        />
      </View>
      <SubmitBar
        busy={busy}
        label={label}
        onClick={() =>
          submit(!day ? '请选择延期后的完成日期' : !reason.trim() ? '请填写延期原因' : null, () => ({
            newDeadline: day,
            reason: reason.trim(),
          }))
        }
      />
    </View>
  )
}

/** What the supervisor decides on: the plan or the extension request, shown before the decision. */
function Subject({ c, extension }: { c: FormProps['c']; extension: boolean }) {
  if (extension && c.extension) {
    const x = c.extension
    return (
      <View className='card'>
        <View className='card__title'>延期申请（{EXTENSION_STATUS[x.status]}）</View>
        <InfoRow label='申请人' value={`${x.requestedBy.name} · ${formatTime(x.requestedAt)}`} />
        <InfoRow label='当前期限' value={currentDue(c)} />
        <InfoRow label='延期至' value={formatDay(x.newDeadline)} />
        <InfoRow label='原因' value={x.reason} />
      </View>
    )
  }
  if (!extension && c.plan) {
    const p = c.plan
    return (
      <View className='card'>
        <View className='card__title'>处理方案（{PLAN_STATUS[p.status]}）</View>
        <InfoRow label='负责人' value={p.owner} />
        <InfoRow label='完成日期' value={formatDay(p.deadline)} />
        {p.steps.map((s, i) => (
          <InfoRow key={i} label={`步骤 ${i + 1}`} value={s} />
        ))}
      </View>
    )
  }
  return null
}

/**
 * A decision with a note: approve or return a plan, approve or reject an extension (note required
 * when saying no), or the manager's final reply (F3).
 */
export function DecisionForm({
  c,
  busy,
  submit,
  label,
  draftKey,
  kind,
}: FormProps & { kind: 'approve_plan' | 'return_plan' | 'approve_extension' | 'reject_extension' | 'final_reply' }) {
  const [note, setNote] = useDraft(`${draftKey}note`, '')
  const negative = kind === 'return_plan' || kind === 'reject_extension'
  const final = kind === 'final_reply'
  const required = negative || final
  const field = final ? 'text' : 'note'
  const title = final ? '经理答复' : negative ? (kind === 'return_plan' ? '退回原因' : '不同意的原因') : '审批意见'
  return (
    <View>
      {!final && <Subject c={c} extension={kind.endsWith('extension')} />}
      {final && <View className='notice'>投诉人已两次对处理结果不满意。答复后投诉将结案，投诉人会同时收到其他反映途径的告知。</View>}
      <View className='form-card'>
        <TextField
          label={title}
          required={required}
          value={note}
          onChange={setNote}
          max={final ? LIMITS.note : LIMITS.text}
          rows={final ? 6 : 3}
          className='decision-input'
          placeholder={required ? '' : '选填'}
        />
      </View>
      <SubmitBar
        danger={negative}
        busy={busy}
        label={label}
        onClick={() => submit(required && !note.trim() ? `请填写${title}` : null, () => ({ [field]: note.trim() }))}
      />
    </View>
  )
}
