import { useMemo, useState } from 'react'
import { Text } from '@tarojs/components'
import { Cascader } from '@nutui/nutui-react-taro'
import { useSession } from '@/store/session'
import { placeOptions, placeText } from '@/utils/place'
import './form.scss'

/**
 * "选择楼栋/区域": the estate's buildings, units and parts, and its public areas, in NutUI's
 * cascader; picking one writes the place ("3栋2单元电梯厅"), which stays editable as free text.
 * Shows nothing when the office has listed neither buildings nor areas.
 */
export default function PlacePicker({ onPick, disabled }: { onPick: (place: string) => void; disabled?: boolean }) {
  const estate = useSession().meta?.estate
  const options = useMemo(() => placeOptions(estate), [estate])
  const [open, setOpen] = useState(false)
  // Each opening starts from the top: the place may have been retyped since the last pick.
  const [round, setRound] = useState(0)
  if (!options.length) return null
  return (
    <>
      <Text
        className='place-picker-open place-suggestion'
        onClick={() => {
          if (disabled) return
          setRound((r) => r + 1)
          setOpen(true)
        }}
      >
        选择楼栋/区域 ›
      </Text>
      <Cascader
        key={round}
        className='place-picker'
        title='选择投诉地点'
        visible={open}
        options={options}
        closeable
        onClose={() => setOpen(false)}
        onChange={(value) => {
          onPick(placeText(value.map(String)))
          setOpen(false)
        }}
      />
    </>
  )
}
