import { useEffect } from 'react'
import { useRouter } from '@tarojs/taro'
import { ApiError } from '@/services/api'
import { joinEstate, switchEstate } from '@/services/estates'
import type { MeData, UserView } from '@/services/types'
import { clearScene, estateCodeOf, pendingScene, rememberScene } from '@/store/entry'
import { isStaffUser, loadSession, setUser } from '@/store/session'
import { toast, toastError } from '@/utils/ui'

/** The identity an attempt was made for: a new user who failed is tried again once they have an account. */
let triedFor: string | undefined

/** After joining or switching: the caller as now, then meta and the lists of the new estate. */
function arrived(user: UserView): void {
  clearScene()
  setUser(user)
  loadSession(true)
  toast(user.estate ? `已进入${user.estate.name}` : '已加入小区', 'success')
}

/**
 * What to do with an estate scene for this caller: a resident (or a new WeChat user) joins the
 * estate; a staff member in that estate switches to it; anyone already in it, or staff elsewhere
 * (they join by invite), nothing.
 */
function act(scene: string, me: MeData): void {
  const user = me.user
  const code = estateCodeOf(scene)
  if (user?.estate?.code === code) return clearScene()
  if (isStaffUser(user)) {
    clearScene()
    if (user?.estates?.some((e) => e.code === code)) switchEstate(code).then(arrived, toastError)
    return
  }
  joinEstate({ scene }).then(arrived, (e) => {
    // A new user whom the server asks to complete a profile first keeps the scene for after it.
    if (user || (e instanceof ApiError && e.code === 'NOT_FOUND')) clearScene()
    toastError(e)
  })
}

/**
 * Issue 16, on the home page: reads an estate QR code's scene from the page's options (WeChat's
 * code and the H5 link both open the home page with `scene=e%3D<code>`) and, once the session is
 * known, joins or switches to that estate — once per identity.
 */
export function useEstateEntry(me: MeData | undefined): void {
  const { params } = useRouter()
  useEffect(() => rememberScene(params.scene), [params.scene])
  useEffect(() => {
    const scene = pendingScene()
    if (!me || !scene) return
    const who = `${me.openid}:${me.user?.role ?? 'new'}:${scene}`
    if (triedFor === who) return
    triedFor = who
    act(scene, me)
  }, [me, params.scene])
}
