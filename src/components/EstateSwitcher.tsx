import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ROLES, label } from '@shared/vocabulary'
import { switchEstate } from '@/services/estates'
import type { EstateMembership, UserView } from '@/services/types'
import { isStaffUser, loadSession, setUser } from '@/store/session'
import { toast, toastError } from '@/utils/ui'
import './EstateSwitcher.scss'

/** The residents' page to choose and join an estate (a one-page subpackage). */
export const JOIN_URL = '/pages/estates/index'

const goJoin = () => Taro.navigateTo({ url: JOIN_URL })

/** One estate to switch to: its name and, for staff, their role there. */
function Choice({ e, staff, busy, onPick }: { e: EstateMembership; staff: boolean; busy: boolean; onPick: () => void }) {
  return (
    <View
      className={`estate-switcher__choice estate-choice-${e.code}`}
      role='button'
      aria-disabled={busy}
      onClick={busy ? undefined : onPick}
    >
      <Text className='estate-switcher__choice-name'>{e.name}</Text>
      {staff && <Text className='estate-switcher__choice-role'>{label(ROLES, e.role)}</Text>}
    </View>
  )
}

/**
 * Issue 16, on the home page: which estate the caller is in, and — for staff in two estates or more,
 * and for residents who joined more than one — a small list to switch to another; residents can also
 * join another estate. A resident in no estate (`estate: null`) is asked to choose one. After switching, the session
 * (the caller, the office's settings) reloads, and the home page's lists with it.
 */
export default function EstateSwitcher({ user }: { user: UserView }) {
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const staff = isStaffUser(user)
  const current = user.estate
  const others = (user.estates ?? []).filter((e) => e.code !== current?.code)

  // No `estate` at all: a back end without estates (a single office) — nothing to say or choose.
  if (current === undefined) return null
  if (!current) {
    if (staff) return null
    return (
      <View className='estate-switcher estate-switcher--none'>
        <View className='estate-switcher__prompt'>您还没有选择所在小区，选择后即可在线投诉。</View>
        <View className='estate-switcher__action estate-join' role='button' onClick={goJoin}>
          选择小区
        </View>
      </View>
    )
  }

  const pick = async (e: EstateMembership) => {
    setBusy(true)
    try {
      setUser(await switchEstate(e.code))
      setOpen(false)
      toast(`已切换到${e.name}`, 'success')
      await loadSession(true)
    } catch (err) {
      toastError(err)
    } finally {
      setBusy(false)
    }
  }
  const canSwitch = others.length > 0 || !staff

  return (
    <View className='estate-switcher'>
      <View className='estate-switcher__current'>
        <Text className='estate-switcher__label'>当前小区</Text>
        <Text className='estate-switcher__name'>{current.name}</Text>
        {canSwitch && (
          <View className='estate-switcher__action estate-switch' role='button' aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? '收起 ▴' : '切换小区 ▾'}
          </View>
        )}
      </View>
      {open && (
        <View className='estate-switcher__list'>
          {others.map((e) => (
            <Choice key={e.code} e={e} staff={staff} busy={busy} onPick={() => pick(e)} />
          ))}
          {!staff && (
            <View className='estate-switcher__choice estate-join' role='button' onClick={goJoin}>
              <Text className='estate-switcher__choice-name'>加入其他小区</Text>
              <Text className='estate-switcher__choice-role'>›</Text>
            </View>
          )}
        </View>
      )}
    </View>
  )
}
