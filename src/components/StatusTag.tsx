import { Tag } from '@nutui/nutui-react-taro'
import type { Status } from '@domain/vocabulary'
import { STATUS_TONE } from '@/utils/status'
import './tags.scss'

/** A complaint's status in its tone; a closed one shows how it closed (满意结案, 未评价结案 …). */
export default function StatusTag({ status, label, closureLabel }: { status: Status; label: string; closureLabel?: string }) {
  return <Tag className={`status-tag status-${status} tone-${STATUS_TONE[status] ?? 'grey'}`}>{closureLabel || label}</Tag>
}
