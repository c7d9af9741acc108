import ScopeList, { type ScopeTab } from '@/components/ScopeList'
import TaskQuota from '@/components/TaskQuota'

const TABS: ScopeTab[] = [
  { value: 'all', title: '全部', match: () => true },
  { value: 'submitted', title: '待受理', match: (c) => c.status === 'submitted' },
  { value: 'accepted', title: '待派单', match: (c) => c.status === 'accepted' },
  { value: 'confirm', title: '待确认', match: (c) => c.status === 'awaiting_confirmation' },
  { value: 'visit', title: '待回访', match: (c) => c.status === 'return_visit' || c.status === 'resolved' },
]

/** Customer service: complaints waiting for confirmation, acceptance, dispatch or a return visit; the task-push quota on top. */
export default function Queue() {
  return <ScopeList scope='queue' tabs={TABS} emptyText='队列已清空，暂无待办' className='queue-page' header={<TaskQuota compact />} />
}
