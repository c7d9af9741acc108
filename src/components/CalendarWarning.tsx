import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Warning } from '@nutui/icons-react-taro'
import { useSession } from '@/store/session'
import './CalendarWarning.scss'

interface Props {
  /** The manager's way to the calendar settings; without it the warning asks others to tell the manager. */
  onEnter?: () => void
  className?: string
}

/**
 * H4: next year's holidays are not entered yet (meta.get's `calendar.message`, from 1 November on),
 * so deadlines running into that year are only 暂定 until they are. Shown prominently until then.
 */
export default function CalendarWarning({ onEnter, className }: Props) {
  const { meta } = useSession()
  const cal = meta?.calendar
  if (!cal?.message) return null
  return (
    <View className={`calendar-warning ${className ?? ''}`}>
      <View className='calendar-warning__head'>
        <Warning size={18} />
        <View className='calendar-warning__title'>{cal.missingYear ? `${cal.missingYear} 年放假安排尚未录入` : '工作日历需要更新'}</View>
      </View>
      <View className='calendar-warning__text'>{cal.message}</View>
      {onEnter ? (
        <Button className='calendar-warning__enter' size='small' type='warning' onClick={onEnter}>
          {cal.missingYear ? `录入 ${cal.missingYear} 年放假安排` : '前往工作日历设置'}
        </Button>
      ) : (
        <View className='calendar-warning__text muted'>请管理处经理在“系统设置 → 工作日历”中录入。</View>
      )}
    </View>
  )
}
