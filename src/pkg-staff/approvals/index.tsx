import ScopeList, { type ScopeTab } from '@/components/ScopeList'

const TABS: ScopeTab[] = [
  { value: 'all', title: '全部', match: () => true },
  { value: 'plan', title: '处理方案', match: (c) => c.status === 'plan_pending' },
  { value: 'extension', title: '延期申请', match: (c) => c.pendingApproval && c.status !== 'plan_pending' },
]

/** Supervisor: plans (H3-PLAN) and extensions (H3-EXT) waiting for a decision. */
export default function Approvals() {
  return <ScopeList scope='approvals' tabs={TABS} emptyText='暂无待审批事项' className='approvals-page' />
}
