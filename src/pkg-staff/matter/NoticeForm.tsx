import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { NOTICE_MAX } from '@shared/matters'
import { ChipSelect } from '@/components/form/ChipSelect'
import TextBox from '@/components/form/TextBox'
import { useDraft } from '@/hooks/useDraft'
import { notifyMatter } from '@/services/matters'
import { useSession } from '@/store/session'
import { confirm, toast, toastError } from '@/utils/ui'

/**
 * A notice to everyone the matter affects (issue 18): its complainants, and optionally every
 * resident of one building (e.g. "3栋 停水至 18:00"). They find it in their messages, and as a
 * subscription message where they accepted one. The text names no complainant.
 */
export default function NoticeForm({ id, onSent }: { id: string; onSent: () => void }) {
  const buildings = useSession().meta?.estate?.buildings ?? []
  const [text, setText] = useDraft(`${id}:matter-notice:text`, '')
  const [building, setBuilding] = useState('')
  const [busy, setBusy] = useState(false)
  const options = [{ value: '', label: '仅反映人' }, ...buildings.map((b) => ({ value: `${b.name}栋`, label: `${b.name}栋全体住户` }))]
  const send = async () => {
    if (!text.trim()) return toast('请填写通知内容')
    const who = building ? `本事项的反映人和${building}全体住户` : '本事项的全部反映人'
    if (!(await confirm({ title: '发送通知', content: `将通知${who}。`, confirmText: '发送' }))) return
    setBusy(true)
    try {
      const r = await notifyMatter(id, text.trim(), building)
      setText('')
      toast(`已通知 ${r.recipients} 人`, 'success')
      onSent()
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='card matter-notice-form'>
      <View className='card__title'>发送通知</View>
      <TextBox
        className='notice-text'
        name='通知内容'
        value={text}
        onChange={setText}
        max={NOTICE_MAX}
        rows={2}
        placeholder='如：3栋 停水至 18:00'
      />
      <ChipSelect className='notice-building' options={options} value={building} onChange={setBuilding} disabled={busy} />
      <Button className='notice-send' type='primary' block loading={busy} disabled={busy} onClick={send}>
        发送通知
      </Button>
    </View>
  )
}
