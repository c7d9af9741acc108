import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import { Copy } from '@nutui/icons-react-taro'
import { CUSTOMER_SERVICE } from '@shared/departments'
import { ROLES, type DepartmentCode, type StaffRole } from '@shared/vocabulary'
import Field from '@/components/form/Field'
import { ChipSelect, optionsOf } from '@/components/form/ChipSelect'
import { requirePrivacy } from '@/platform/privacy'
import { departmentOptions, useDepartments } from '@/hooks/useDepartments'
import { createInvite } from '@/services/admin'
import { formatTime } from '@/utils/time'
import { toast, toastError } from '@/utils/ui'

const STAFF_ROLES: StaffRole[] = ['agent', 'handler', 'supervisor', 'manager']
const ROLE_OPTIONS = optionsOf(ROLES, STAFF_ROLES)

/** The one-time code just issued, big enough to read out, with copy and its expiry. */
function IssuedCode({ code, expiresAt, name, onNext }: { code: string; expiresAt: number; name: string; onNext: () => void }) {
  // The clipboard is a privacy API (issue 15). WeChat (and Taro's H5) confirm a copy with their own
  // "内容已复制" toast; only a refusal or a failure needs ours.
  const copy = async () => {
    if (!(await requirePrivacy())) return toast('未同意隐私保护指引，无法使用剪贴板，请手动抄写邀请码')
    Taro.setClipboardData({ data: code }).catch(() => toast('复制失败，请手动抄写'))
  }
  return (
    <View className='card invite-issued'>
      <View className='invite-issued__title'>已为 {name} 生成邀请码</View>
      <View className='invite-code' onClick={copy}>
        {code.replace(/(.{4})(?=.)/g, '$1 ')}
      </View>
      <View className='invite-issued__expiry muted'>有效期至 {formatTime(expiresAt)}，仅可使用一次</View>
      <View className='invite-issued__actions'>
        <Button className='invite-copy' type='primary' icon={<Copy size={14} />} onClick={copy}>
          复制邀请码
        </Button>
        <Button className='invite-next' fill='outline' type='primary' onClick={onNext}>
          继续邀请
        </Button>
      </View>
      <View className='hint'>请员工在微信中打开本小程序，首页点击“我是物业工作人员，使用邀请码绑定”，输入此邀请码即可完成绑定。</View>
    </View>
  )
}

/**
 * Invite a staff member (invite.create): role, department (an active one), name and phone; the
 * manager hands over the one-time code. `dept` and `role` preselect them (settings link here to invite a supervisor).
 */
export default function InviteForm(p: { dept?: string; role?: string; onCreated: () => void }) {
  const { onCreated } = p
  const { active } = useDepartments()
  const [role, setRole] = useState<StaffRole>(STAFF_ROLES.includes(p.role as StaffRole) ? (p.role as StaffRole) : 'handler')
  const [picked, setDept] = useState<DepartmentCode | undefined>(p.dept)
  // Until one is picked: the first department that is not customer service.
  const dept = picked ?? active.find((d) => d.code !== CUSTOMER_SERVICE)?.code ?? CUSTOMER_SERVICE
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [busy, setBusy] = useState(false)
  const [issued, setIssued] = useState<{ code: string; expiresAt: number; name: string }>()

  const create = async () => {
    if (busy) return
    setBusy(true)
    try {
      const r = await createInvite({ role, departmentCode: dept, name, phone })
      setIssued({ ...r, name })
      onCreated()
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(false)
    }
  }
  const next = () => {
    setIssued(undefined)
    setName('')
    setPhone('')
  }

  if (issued) return <IssuedCode {...issued} onNext={next} />
  return (
    <View className='invite-form'>
      <View className='form-card'>
        <Field label='角色' required>
          <ChipSelect className='invite-role' options={ROLE_OPTIONS} value={role} onChange={(v) => setRole(v as StaffRole)} />
        </Field>
        <Field label='所属部门' required>
          <ChipSelect className='invite-dept' options={departmentOptions(active)} value={dept} onChange={setDept} />
        </Field>
        <Field label='员工姓名' required>
          <Input className='invite-name' value={name} onChange={setName} maxLength={20} placeholder='与工牌一致的姓名' />
        </Field>
        <Field label='手机号'>
          <Input className='invite-phone' type='tel' value={phone} onChange={setPhone} maxLength={11} placeholder='选填' />
        </Field>
      </View>
      <View className='invite-submit'>
        <Button className='invite-create' type='primary' block loading={busy} disabled={busy} onClick={create}>
          生成邀请码
        </Button>
        <View className='hint'>
          <Text>邀请码 7 天内有效，只能绑定一个微信账号。</Text>
        </View>
      </View>
    </View>
  )
}
