import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ActionName } from '@domain/validation'
import { ACTION_LABELS, label } from '@shared/vocabulary'

/**
 * Actions that move a complaint along its main path claim the bottom bar, in this order, each yes
 * next to its no (accept/refuse …). Supporting actions (notes, transfer, extension …) stay in the card.
 */
const MAIN: string[] = [
  'acknowledge_emergency',
  'confirm',
  'accept',
  'refuse',
  'dispatch',
  'take',
  'approve_plan',
  'return_plan',
  'approve_extension',
  'reject_extension',
  'give_result',
  'record_return_visit',
  'final_reply',
]
const SUPPORTING: string[] = [
  'confirm_emergency',
  'clear_emergency',
  'assign',
  'set_mode',
  'submit_plan',
  'add_note',
  'summarise_allegation',
  'record_statement',
  'request_extension',
  'transfer',
  // W3, W4: the exchange with the 12345 hotline.
  'hotline_reply',
  'hotline_satisfaction',
  // The complainant's own (C1–C3).
  'add_info',
  'urge',
  'withdraw',
]
const PRIORITY = [...MAIN, ...SUPPORTING]
const NEGATIVE = new Set(['refuse', 'return_plan', 'reject_extension', 'clear_emergency', 'withdraw'])
const rank = (a: string) => PRIORITY.indexOf(a) + 1 || 99

interface Props {
  allowed: ActionName[]
  blocked: { action: ActionName; reason: string }[]
  busy: string | null
  onAction: (action: ActionName) => void
}

function ActionButton({
  action,
  busy,
  onAction,
  primary,
}: {
  action: ActionName
  busy: string | null
  onAction: Props['onAction']
  primary?: boolean
}) {
  return (
    <Button
      className={`action-button action-${action}`}
      type={primary ? 'primary' : NEGATIVE.has(action) ? 'danger' : 'default'}
      fill={primary ? 'solid' : 'outline'}
      loading={busy === action}
      disabled={!!busy}
      onClick={() => onAction(action)}
    >
      {label(ACTION_LABELS, action)}
    </Button>
  )
}

/**
 * The actions the server allows now, one button each, and the blocked ones disabled with the
 * server's reason. The two most pressing main-path actions go in the bottom bar; the rest in a card above it.
 * `rate` is left to the rating panel.
 */
export default function ActionBar({ allowed, blocked, busy, onAction }: Props) {
  const sorted = allowed.filter((a) => a !== 'rate').sort((a, b) => rank(a) - rank(b))
  const bar = sorted.filter((a) => MAIN.includes(a)).slice(0, 2)
  const rest = sorted.filter((a) => !bar.includes(a))
  const shownBlocked = blocked.filter((b) => b.action !== 'rate')
  return (
    <View className='action-area'>
      {(rest.length > 0 || shownBlocked.length > 0) && (
        <View className='card more-actions'>
          <View className='card__title'>{bar.length ? '更多操作' : '操作'}</View>
          <View className='more-actions__grid'>
            {rest.map((a) => (
              <ActionButton key={a} action={a} busy={busy} onAction={onAction} />
            ))}
          </View>
          {shownBlocked.map((b) => (
            <View key={b.action} className='blocked-action'>
              <Button className={`action-button action-${b.action} is-blocked`} disabled fill='outline' size='small'>
                {label(ACTION_LABELS, b.action)}
              </Button>
              <View className='blocked-action__reason'>{b.reason}</View>
            </View>
          ))}
        </View>
      )}
      {bar.length > 0 && (
        <View className='bottom-bar'>
          {[...bar].reverse().map((a, i) => (
            <ActionButton key={a} action={a} busy={busy} onAction={onAction} primary={i === bar.length - 1 && !NEGATIVE.has(a)} />
          ))}
        </View>
      )}
    </View>
  )
}
