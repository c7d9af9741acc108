import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ROLES, label } from '@shared/vocabulary'
import { useDepartments, type Departments } from '@/hooks/useDepartments'
import StateView from '@/components/StateView'
import { useLoad } from '@/hooks/useLoad'
import { deactivateStaff, listAllStaff, reactivateStaff } from '@/services/admin'
import type { UserView } from '@/services/types'
import { useSession } from '@/store/session'
import { confirm, toast, toastError } from '@/utils/ui'

const ROLE_ORDER = ['manager', 'supervisor', 'agent', 'handler']

/**
 * Staff grouped by department in the settings' order (then any department settings no longer list,
 * then none), each group's people by role, then name.
 */
function groupsOf(staff: UserView[], departments: Departments): { code: string; name: string; people: UserView[] }[] {
  const listed = departments.listed.map((d) => d.code)
  const others = [...new Set(staff.map((u) => u.departmentCode ?? ''))].filter((c) => c && !listed.includes(c))
  return [...listed, ...others, '']
    .map((code) => ({
      code,
      name: code ? departments.nameOf(code) : '未分配部门',
      people: staff
        .filter((u) => (u.departmentCode ?? '') === code)
        .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name, 'zh')),
    }))
    .filter((g) => g.people.length)
}

/** One staff member: name, post and phone, marks for oneself and a stopped account, and 停用 / 启用 (not on oneself). */
function StaffRow({ u, self, busy, onToggle }: { u: UserView; self: boolean; busy?: string; onToggle: () => void }) {
  const off = u.active === false
  return (
    <View className={`staff-row staff-${u.role} ${off ? 'is-inactive' : ''}`}>
      <View className='staff-row__avatar'>{u.name.slice(0, 1)}</View>
      <View className='staff-row__text'>
        <View className='staff-row__name'>
          {u.name}
          {self && <Text className='flag tone-blue'>本人</Text>}
          {off && <Text className='flag tone-grey'>已停用</Text>}
        </View>
        <View className='muted'>
          {u.roleLabel ?? label(ROLES, u.role)}
          {u.phone ? ` · ${u.phone}` : ''}
        </View>
      </View>
      {!self && u.openid && (
        <Button
          className={`staff-toggle ${off ? 'staff-reactivate' : 'staff-deactivate'}`}
          size='small'
          fill='outline'
          type={off ? 'primary' : 'danger'}
          loading={busy === u.openid}
          disabled={!!busy}
          onClick={onToggle}
        >
          {off ? '启用' : '停用'}
        </Button>
      )}
    </View>
  )
}

/**
 * The manager's 员工名单: every staff account of every role (staff.list with `all`), grouped by
 * department, each with 停用 / 启用 after a confirmation. The manager's own account has no switch.
 */
export default function StaffList() {
  const { me } = useSession()
  const departments = useDepartments()
  const { data, error, loading, reload } = useLoad(listAllStaff, [], { refreshOnShow: true })
  const [busy, setBusy] = useState<string>()

  const toggle = async (u: UserView) => {
    if (busy || !u.openid) return
    const stopping = u.active !== false
    const ok = await confirm(
      stopping
        ? {
            title: `停用 ${u.name}？`,
            content: '停用后，该员工不能再办理投诉，也不会再出现在指派和被投诉员工名单中。已在办的投诉请及时转派。可随时重新启用。',
            confirmText: '停用',
          }
        : { title: `启用 ${u.name}？`, content: '启用后，该员工恢复原有岗位的员工功能。', confirmText: '启用' },
    )
    if (!ok) return
    setBusy(u.openid)
    try {
      await (stopping ? deactivateStaff(u.openid) : reactivateStaff(u.openid))
      toast(stopping ? `已停用 ${u.name}` : `已启用 ${u.name}`, 'success')
      await reload(true)
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(undefined)
    }
  }

  const staff = data ?? []
  const inactive = staff.filter((u) => u.active === false).length
  return (
    <>
      <StateView loading={loading} error={error} onRetry={() => reload()} empty={!staff.length} emptyText='还没有已绑定的员工' />
      {!loading && !error && staff.length > 0 && (
        <View className='staff-summary muted'>
          共 {staff.length} 名员工{inactive ? `，其中 ${inactive} 名已停用` : ''}
        </View>
      )}
      {!loading &&
        !error &&
        groupsOf(staff, departments).map((g) => (
          <View key={g.code} className={`card staff-list staff-group-${g.code || 'none'}`}>
            <View className='card__title'>
              <Text>{g.name}</Text>
              <Text className='card__extra'>{g.people.length} 人</Text>
            </View>
            {g.people.map((u) => (
              <StaffRow key={u.openid ?? u.name} u={u} self={u.openid === me?.openid} busy={busy} onToggle={() => toggle(u)} />
            ))}
          </View>
        ))}
    </>
  )
}
