import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { decideRoom, type RoomBindingView } from '@/services/households'
import { toast, toastError } from '@/utils/ui'

/** One waiting request beside the roster's owner: approve, or refuse with the reason the resident is told. */
export default function RequestCard({ item, onDecided }: { item: RoomBindingView; onDecided: () => void }) {
  const [refusing, setRefusing] = useState(false)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const decide = async (approve: boolean) => {
    if (busy) return
    setBusy(true)
    try {
      await decideRoom(item.id, approve, approve ? undefined : reason)
      toast(approve ? '已通过' : '已退回，住户会收到原因', 'success')
      onDecided()
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='card binding-request'>
      <View className='binding-request__room'>{item.roomKey}</View>
      <View>
        申请人：{item.name}（{item.relationLabel}）{item.phone}
      </View>
      <View className='muted'>
        台账业主：{item.ownerName || '—'} {item.ownerPhone}
      </View>
      {refusing && (
        <TextArea
          className='binding-request__reason'
          value={reason}
          onChange={setReason}
          placeholder='请填写不通过的原因，住户会收到'
          maxLength={500}
        />
      )}
      <View className='binding-request__actions'>
        {!refusing && (
          <Button className='binding-request__approve' type='primary' disabled={busy} onClick={() => decide(true)}>
            通过
          </Button>
        )}
        <Button
          className='binding-request__refuse'
          fill='outline'
          type='danger'
          disabled={busy}
          onClick={() => (refusing ? decide(false) : setRefusing(true))}
        >
          {refusing ? '确认不通过' : '不通过'}
        </Button>
      </View>
    </View>
  )
}
