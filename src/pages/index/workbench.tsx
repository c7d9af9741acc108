import type { ReactNode } from 'react'
import { Service, Repairman, Checked, Warning, List, Edit, Home } from '@nutui/icons-react-taro'
import { listComplaints } from '@/services/complaint'
import type { ComplaintSummary, ListScope, UserView } from '@/services/types'
import { CUSTOMER_SERVICE } from '@shared/departments'

/** A tile of the staff workbench. */
export interface Entry {
  key: string
  title: string
  desc: string
  url: string
  icon: ReactNode
  tone: string
  /** Scope whose total is shown as the count. */
  scope?: Exclude<ListScope, 'mine'>
  /** Counts only the loaded rows of the scope that match (e.g. escalated ones among the tasks). */
  match?: (c: ComplaintSummary) => boolean
}

const ENTRY: Record<string, Entry> = {
  queue: {
    key: 'queue',
    title: '客服待办',
    desc: '确认、受理、派单、回访',
    url: '/pkg-staff/queue/index',
    icon: <Service size={22} />,
    tone: 'blue',
    scope: 'queue',
  },
  tasks: {
    key: 'tasks',
    title: '我的任务',
    desc: '按期限排序的待办工单',
    url: '/pkg-staff/tasks/index',
    icon: <Repairman size={22} />,
    tone: 'blue',
    scope: 'tasks',
  },
  approvals: {
    key: 'approvals',
    title: '待我审批',
    desc: '处理方案与延期申请',
    url: '/pkg-staff/approvals/index',
    icon: <Checked size={22} />,
    tone: 'purple',
    scope: 'approvals',
  },
  escalated: {
    key: 'escalated',
    title: '升级投诉',
    desc: '二次不满意与超时督办',
    url: '/pkg-manager/all/index?scope=escalated',
    icon: <Warning size={22} />,
    tone: 'red',
    scope: 'escalated',
  },
  escalations: {
    key: 'escalations',
    title: '升级督办',
    desc: '超时或不满意升级到本部门',
    url: '/pkg-staff/tasks/index?tab=escalated',
    icon: <Warning size={22} />,
    tone: 'red',
    scope: 'tasks',
    match: (c) => c.escalationLevel >= 1,
  },
  all: { key: 'all', title: '全部投诉', desc: '按状态、类别查询', url: '/pkg-manager/all/index', icon: <List size={22} />, tone: 'grey' },
  register: {
    key: 'register',
    title: '代为登记',
    desc: '现场、电话、信函等渠道',
    url: '/pkg-staff/register/index',
    icon: <Edit size={22} />,
    tone: 'green',
  },
  // Issue 16: residents' requests to be bound to rooms of the roster.
  bindings: {
    key: 'bindings',
    title: '房屋绑定审核',
    desc: '核验住户与房屋的关系',
    url: '/pkg-staff/bindings/index',
    icon: <Home size={22} />,
    tone: 'orange',
  },
}

/** Which workbench entries a staff member sees (navigation only; the server decides what they may do). */
export function entriesFor(user: UserView): Entry[] {
  switch (user.role) {
    case 'agent':
      return [ENTRY.queue, ENTRY.register, ENTRY.all, ENTRY.bindings]
    case 'handler':
      return [ENTRY.tasks, ENTRY.register]
    case 'supervisor':
      return user.departmentCode === CUSTOMER_SERVICE
        ? [ENTRY.queue, ENTRY.approvals, ENTRY.tasks, ENTRY.escalations, ENTRY.register, ENTRY.bindings]
        : [ENTRY.tasks, ENTRY.approvals, ENTRY.escalations, ENTRY.register]
    case 'manager':
      return [ENTRY.escalated, ENTRY.all, ENTRY.register, ENTRY.bindings]
    default:
      return []
  }
}

/** A tile's figures: how many, and how many of them overdue. */
export interface Count {
  total: number
  overdue: number
}

/** Counts for the entries that have a scope; a failed count shows as "—" rather than blocking the page. */
export async function countsFor(entries: Entry[]): Promise<Record<string, Count | null>> {
  const pairs = await Promise.all(
    entries
      .filter((e) => e.scope)
      .map(async (e) => {
        try {
          const res = await listComplaints({ scope: e.scope!, pageSize: 50 })
          const rows = e.match ? res.items.filter(e.match) : res.items
          return [e.key, { total: e.match ? rows.length : res.total, overdue: rows.filter((i) => i.due?.overdue).length }] as const
        } catch {
          return [e.key, null] as const
        }
      }),
  )
  return Object.fromEntries(pairs)
}
