import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { LIMITS } from '@shared/limits'
import PageShell from '@/components/PageShell'
import PhotoPicker from '@/components/PhotoPicker'
import StateView from '@/components/StateView'
import TextBox from '@/components/form/TextBox'
import Bubble from './Bubble'
import { useConversation } from './useConversation'
import '@/components/form/form.scss'
import './index.scss'

/** Who the thread is with, and what a viewer who only reads sees (C4, G3-P5). */
function Intro({ access, side }: { access: string; side: string | null }) {
  if (access === 'staff_only')
    return <View className='notice conversation-intro'>您可查看工作人员的留言；投诉人的留言仅对处理本投诉的人员可见。</View>
  if (side === 'complainant')
    return <View className='hint conversation-intro'>您可以在这里与处理本投诉的工作人员沟通，补充情况或询问进度。</View>
  return <View className='hint conversation-intro'>您的回复会通知投诉人；发送前的内容保存为草稿。</View>
}

/**
 * The conversation on one complaint (C4): the messages oldest first, read state of one's own, and
 * a box to write in while the complaint is open.
 */
export default function Conversation() {
  const id = String(useRouter().params.id ?? '')
  const v = useConversation(id)
  usePullDownRefresh(async () => {
    await v.reload(true)
    Taro.stopPullDownRefresh()
  })
  const t = v.thread
  if (!t)
    return (
      <PageShell>
        <StateView loading={v.loading} error={v.error} onRetry={() => v.reload()} />
      </PageShell>
    )
  return (
    <PageShell withBar={t.canPost} className='conversation-page'>
      <Intro access={t.access} side={t.side} />
      <View className='conversation-messages'>
        {t.messages.length ? (
          t.messages.map((m) => <Bubble key={m.id} m={m} />)
        ) : (
          <View className='muted conversation-empty'>还没有留言</View>
        )}
      </View>
      {t.postBlocked && <View className='notice conversation-blocked'>{t.postBlocked}</View>}
      {t.canPost && (
        <View className='card conversation-composer'>
          <TextBox
            className='conversation-text'
            name='留言'
            value={v.text}
            onChange={v.setText}
            max={LIMITS.text}
            rows={2}
            placeholder='输入留言'
          />
          <PhotoPicker photos={v.photos} onChange={v.setPhotos} max={LIMITS.photos} maxBytes={LIMITS.photoBytes} disabled={v.sending} />
          <Button className='conversation-send' type='primary' block loading={v.sending} disabled={v.sending} onClick={v.onSend}>
            发送
          </Button>
        </View>
      )}
    </PageShell>
  )
}
