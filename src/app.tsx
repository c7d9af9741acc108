import { type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initCloud } from '@/platform/cloud'
import { installPrivacy } from '@/platform/privacy'
import { loadSession } from '@/store/session'
import { rememberScene } from '@/store/entry'
import './app.scss'
import './elderly.scss'
// After app.scss, so the platform's adjustments win.
import '@/platform/chrome'

/**
 * The app root: connects to the cloud once, hands WeChat's privacy requests to our dialog, keeps an
 * estate QR code's scene for the home page (issue 16), and starts loading who the user is.
 */
function App({ children }: PropsWithChildren) {
  useLaunch((options) => {
    rememberScene(options?.query?.scene)
    initCloud()
    installPrivacy()
    loadSession()
  })
  return children
}

export default App
