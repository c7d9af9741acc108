import { View, Text } from '@tarojs/components'
import { Rate } from '@nutui/nutui-react-taro'
import type { ComplaintView } from '@domain/view'
import InfoRow from '@/components/InfoRow'
import PhotoGrid from '@/components/PhotoGrid'
import ClipList from '@/components/ClipList'
import { formatDay, formatTime } from '@/utils/time'
import { EXTENSION_STATUS, PLAN_STATUS, RECORD_KINDS } from '@shared/labels'

/** A4: the ground and the explanation the complainant is always given. */
export function RefusalSection({ c }: { c: ComplaintView }) {
  if (!c.refusal) return null
  return (
    <View className='card section-refusal'>
      <View className='card__title'>不予受理</View>
      <InfoRow label='理由' value={c.refusal.groundLabel} />
      <InfoRow label='说明' value={<Text className='text-pre'>{c.refusal.explanation}</Text>} />
      <InfoRow label='时间' value={formatTime(c.refusal.at)} />
    </View>
  )
}

/** H3-PLAN and H3-EXT: the written plan and any extension request, with their decisions. */
export function PlanSection({ c }: { c: ComplaintView }) {
  const p = c.plan
  const x = c.extension
  if (!p && !x) return null
  return (
    <View className='card section-plan'>
      {p && (
        <View className='plan'>
          <View className='card__title'>
            <Text>处理方案</Text>
            <Text className={`card__extra plan-status-${p.status}`}>{PLAN_STATUS[p.status] ?? p.status}</Text>
          </View>
          <InfoRow label='负责人' value={p.owner} />
          <InfoRow label='完成日期' value={formatDay(p.deadline)} />
          <View className='plan-steps'>
            {p.steps.map((s, i) => (
              <View key={i} className='plan-step'>
                <Text className='plan-step__no'>{i + 1}</Text>
                <Text className='plan-step__text'>{s}</Text>
              </View>
            ))}
          </View>
          <InfoRow label='审批意见' value={p.decisionNote} />
        </View>
      )}
      {x && (
        <View className='extension'>
          <View className='card__title'>
            <Text>延期申请</Text>
            <Text className={`card__extra extension-status-${x.status}`}>{EXTENSION_STATUS[x.status] ?? x.status}</Text>
          </View>
          <InfoRow label='延期至' value={formatDay(x.newDeadline)} />
          <InfoRow label='原因' value={x.reason} />
          <InfoRow label='申请人' value={`${x.requestedBy.name} · ${formatTime(x.requestedAt)}`} />
          <InfoRow label='审批意见' value={x.decisionNote} />
        </View>
      )}
    </View>
  )
}

/** H2-S: what the staff member the complaint is about was told of it (staff; the accused reads it as the matter). */
function AllegationRecord({ c }: { c: ComplaintView }) {
  if (!c.allegation || c.disclosure === 'accused') return null
  return (
    <View className='record record--allegation'>
      <View className='record__head'>
        <Text className='record__kind'>告知员工的投诉要点</Text>
        <Text className='muted'>
          {c.allegation.by} · {formatTime(c.allegation.at)}
        </Text>
      </View>
      <View className='text-pre'>{c.allegation.text}</View>
    </View>
  )
}

/** H2 and H2-S: investigation records, the allegation and the staff member's own statement (staff only; the server filters). */
export function InvestigationSection({ c }: { c: ComplaintView }) {
  if (!c.investigation.length && !c.statement && !c.allegation) return null
  return (
    <View className='card section-investigation'>
      <View className='card__title'>调查记录</View>
      <AllegationRecord c={c} />
      {c.statement && (
        <View className='record record--statement'>
          <View className='record__head'>
            <Text className='record__kind'>员工陈述与申辩</Text>
            <Text className='muted'>
              {c.statement.by} · {formatTime(c.statement.at)}
            </Text>
          </View>
          <View className='text-pre'>{c.statement.text}</View>
          <PhotoGrid files={c.statement.files} />
        </View>
      )}
      {c.investigation.map((r) => (
        <View key={r.id} className='record'>
          <View className='record__head'>
            <Text className='record__kind'>{RECORD_KINDS[r.kind] ?? r.kind}</Text>
            <Text className='muted'>
              {r.by} · {formatTime(r.at)}
            </Text>
          </View>
          <View className='text-pre'>{r.text}</View>
          <PhotoGrid files={r.files} />
          <ClipList videos={r.videos} />
        </View>
      ))}
    </View>
  )
}

/** F1, F2, F3: the result, the ratings given, and the manager's final reply. */
export function ResultSection({ c }: { c: ComplaintView }) {
  if (!c.result && !c.ratings.length && !c.finalReply) return null
  return (
    <View className='card section-result'>
      {c.result && (
        <View className='result'>
          <View className='card__title'>处理结果</View>
          <View className='text-pre result__summary'>{c.result.summary}</View>
          <PhotoGrid files={c.result.files} />
          <InfoRow label='处理方式' value={c.result.modeLabel} />
          <InfoRow label='处理人' value={`${c.result.by} · ${formatTime(c.result.at)}`} />
        </View>
      )}
      {c.ratings.length > 0 && (
        <View className='ratings'>
          <View className='card__title'>{c.ratings.length > 1 ? `评价记录（${c.ratings.length} 次）` : '评价'}</View>
          {c.ratings.map((r, i) => (
            <View key={i} className='rating'>
              <View className='row'>
                <Rate value={r.level} readOnly count={5} />
                <Text className='rating__label'>{r.levelLabel}</Text>
              </View>
              {r.comment && <View className='text-pre rating__comment'>{r.comment}</View>}
              <View className='muted'>
                {r.channelLabel} · {formatTime(r.at)}
              </View>
            </View>
          ))}
        </View>
      )}
      {c.finalReply && (
        <View className='final-reply'>
          <View className='card__title'>管理处经理答复</View>
          <View className='text-pre'>{c.finalReply.text}</View>
          <View className='muted'>
            {c.finalReply.by} · {formatTime(c.finalReply.at)}
          </View>
        </View>
      )}
    </View>
  )
}
