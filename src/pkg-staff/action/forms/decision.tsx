import { View } from '@tarojs/components'
import InfoRow from '@/components/InfoRow'
import { useDraft } from '@/hooks/useDraft'
import { LIMITS } from '@shared/limits'
import { formatDay, formatTime } from '@/utils/time'
import { EXTENSION_STATUS, PLAN_STATUS } from '@shared/labels'
import { SubmitBar, TextField, currentDue, type FormProps } from './common'

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
