import { Tag } from '@nutui/nutui-react-taro'
import type { Closure, Status } from '@shared/vocabulary'
import { CLOSURE_TONE, STATUS_TONE } from '@/utils/status'
import './tags.scss'

/** A complaint's status in its tone; a closed one shows how it closed (满意结案, 未评价结案 …). */
export default function StatusTag({
  status,
  label,
  closure,
  closureLabel,
}: {
  status: Status
  label: string
  closure?: Closure
  closureLabel?: string
}) {
  const tone = (closure && CLOSURE_TONE[closure]) || STATUS_TONE[status] || 'grey'
  return <Tag className={`status-tag status-${status} tone-${tone}`}>{closureLabel || label}</Tag>
}
