import { useEffect, useRef, useState } from 'react'
import { View } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'
import { charCount } from '@shared/limits'
import { toast } from '@/utils/ui'
import './form.scss'

interface Props {
  value: string
  onChange: (v: string) => void
  /** The server's limit in characters (code points, as the server counts). */
  max: number
  /** What the field holds, for the message when text is cut: "投诉内容" → "投诉内容最多 2000 字". */
  name: string
  /** Height when empty, in lines; the box grows with the text up to `maxRows`, then scrolls inside. */
  rows?: number
  maxRows?: number
  placeholder?: string
  className?: string
  disabled?: boolean
  /** The counter under the box; off where the limit is a safeguard rather than something to write to. */
  showCount?: boolean
}

/**
 * `next` brought back to `max` characters by shortening only what was just typed or pasted (found
 * as the part between what `prev` and `next` share at both ends), so the text already there stays.
 */
export function fitText(prev: string, next: string, max: number): string {
  const a = Array.from(prev)
  const b = Array.from(next)
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const inserted = b.slice(head, b.length - tail)
  const room = Math.max(0, max - (b.length - inserted.length))
  return [...b.slice(0, head), ...inserted.slice(0, room), ...b.slice(b.length - tail)].slice(0, max).join('')
}

/**
 * A multi-line text field that keeps to the server's limit: it grows with the text and then scrolls
 * inside its own box, the counter sits below the box, and text beyond the limit (typed or pasted) is
 * cut with a message saying so instead of vanishing silently.
 */
export default function TextBox({
  value,
  onChange,
  max,
  name,
  rows = 4,
  maxRows = 12,
  placeholder,
  className,
  disabled,
  showCount = true,
}: Props) {
  // The native field is one character more generous than the limit, so typing past it is noticed.
  // The over-long text is shown for one render before the cut one: a field whose value prop did not
  // change would keep showing what was typed (WeChat's textarea and Taro's H5 one both do).
  const [overLong, setOverLong] = useState<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout>>()
  useEffect(() => () => clearTimeout(timer.current), [])

  const change = (v: string) => {
    if (charCount(v) <= max) return onChange(v)
    toast(`${name}最多 ${max} 字`)
    setOverLong(v)
    onChange(fitText(value, v, max))
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setOverLong(null), 0)
  }
  const count = charCount(value)
  return (
    <View className={`text-box ${className ?? ''}`}>
      <TextArea
        value={overLong ?? value}
        onChange={change}
        maxLength={max + 1}
        autoSize
        rows={rows}
        disabled={disabled}
        placeholder={placeholder}
        style={{ minHeight: `${rows * 1.5}em`, maxHeight: `${maxRows * 1.5}em`, lineHeight: 1.5, overflowY: 'auto' }}
      />
      {showCount && (
        <View className={`text-box__count ${count >= max ? 'is-full' : ''}`}>
          {count}/{max}
        </View>
      )}
    </View>
  )
}
