import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ComplaintView } from '@domain/view'
import InfoRow from '@/components/InfoRow'
import PhotoGrid from '@/components/PhotoGrid'
import ClipList from '@/components/ClipList'
import { formatTime } from '@/utils/time'

/** C1: what the complainant added, oldest first; new ones marked for the staff handling it now. */
export function AdditionsSection({ c }: { c: ComplaintView }) {
  if (!c.additions.length) return null
  return (
    <View className='card section-additions'>
      <View className='card__title'>补充信息</View>
      {c.additions.map((a) => (
        <View key={a.id} className={`record addition ${a.isNew ? 'is-new' : ''}`}>
          <View className='record__head'>
            <Text className='record__kind'>
              {a.isNew && <Text className='flag tone-red addition__new'>新</Text>}
              {a.reopen ? '补充并要求重新处理' : '投诉人补充'}
            </Text>
            <Text className='muted'>{formatTime(a.at)}</Text>
          </View>
          {a.text && <View className='text-pre addition__text'>{a.text}</View>}
          <PhotoGrid files={a.photos} />
          <ClipList voiceNotes={a.voiceNotes} videos={a.videos} />
        </View>
      ))}
    </View>
  )
}

/** C2: each urge and whom it reached, by role. */
export function UrgeSection({ c }: { c: ComplaintView }) {
  if (!c.urges.length) return null
  return (
    <View className='card section-urges'>
      <View className='card__title'>催办记录</View>
      {c.urges.map((u, i) => (
        <View key={u.at} className='record urge-row'>
          <View className='record__head'>
            <Text className='record__kind'>第 {i + 1} 次催办</Text>
            <Text className='muted'>{formatTime(u.at)}</Text>
          </View>
          <View className='urge-row__to'>已通知{u.toLabel}</View>
        </View>
      ))}
    </View>
  )
}

/** C3: why it was withdrawn; the complainant may take it up again in a new complaint. */
export function WithdrawalSection({ c, resident }: { c: ComplaintView; resident: boolean }) {
  const w = c.withdrawal
  if (!w) return null
  return (
    <View className='card section-withdrawal'>
      <View className='card__title'>已撤销</View>
      <InfoRow label='撤销原因' value={w.reasonLabel} />
      <InfoRow label='说明' value={w.text} />
      <InfoRow label='撤销时间' value={formatTime(w.at)} />
      {resident && (
        <View className='link refile-link' onClick={() => Taro.navigateTo({ url: `/pages/submit/index?refersTo=${c.id}` })}>
          问题再次出现？重新投诉 ›
        </View>
      )}
    </View>
  )
}

/** C3: the withdrawn complaint this one takes up. */
export function RefersToRow({ c }: { c: ComplaintView }) {
  if (!c.refersTo) return null
  const open = () => Taro.navigateTo({ url: `/pages/detail/index?id=${c.refersTo!.id}` })
  return (
    <View className='notice refers-to' onClick={open}>
      本投诉引用了已撤销的投诉 {c.refersTo.no} ›
    </View>
  )
}

/** C4: the way into the conversation, with unread replies or messages marked. */
export function ConversationCard({ c, resident }: { c: ComplaintView; resident: boolean }) {
  const t = c.conversation
  if (!t) return null
  const title = resident ? '与物业沟通' : t.access === 'full' ? '与投诉人沟通' : '沟通记录（仅工作人员留言）'
  return (
    <View className='card section-conversation' onClick={() => Taro.navigateTo({ url: `/pages/conversation/index?id=${c.id}` })}>
      <View className='card__title'>
        <Text>
          {title}
          {t.unreadMessages && <Text className='flag tone-red conversation-unread'>新消息</Text>}
        </Text>
        <Text className='card__extra'>{t.count ? `${t.count} 条 ›` : '›'}</Text>
      </View>
    </View>
  )
}
