import ScopeList, { type ScopeTab } from '@/components/ScopeList'
import TaskQuota from '@/components/TaskQuota'

const TABS: ScopeTab[] = [
  { value: 'all', title: '全部', match: () => true },
  { value: 'overdue', title: '已超时', match: (c) => !!c.due?.overdue },
  { value: 'near', title: '临期', match: (c) => !!c.due?.near },
  { value: 'new', title: '待接单', match: (c) => (c.status === 'dispatched' || c.status === 'reopened') && !c.assigneeName },
  { value: 'approval', title: '审批中', match: (c) => c.pendingApproval },
  { value: 'escalated', title: '已升级', match: (c) => c.escalationLevel >= 1 },
]

/**
 * Handler / supervisor tasks, soonest deadline first; overdue and near-deadline ones marked, and
 * the escalated ones (V1) for supervisors. The task-push quota sits on top (issue 4).
 */
export default function Tasks() {
  return <ScopeList scope='tasks' tabs={TABS} emptyText='暂无待办任务' className='tasks-page' header={<TaskQuota compact />} />
}
