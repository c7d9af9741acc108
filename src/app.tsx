import { type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initCloud } from '@/platform/cloud'
import { loadSession } from '@/store/session'
import './app.scss'
// After app.scss, so the platform's adjustments win.
import '@/platform/chrome'

/** The app root: connects to the cloud once and starts loading who the user is. */
function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
    loadSession()
  })
  return children
}

export default App
