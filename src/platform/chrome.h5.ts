import Taro from '@tarojs/taro'
import './chrome.h5.scss'

// The H5 document itself scrolls here, and Taro keeps that offset when it shows another page:
// a page opened from halfway down a long one would start scrolled, its top bars under the
// navigation bar. Each page change starts at the top.
Taro.eventCenter.on('__taroRouterChange', () => {
  window.scrollTo(0, 0)
})
