/**
 * How the app is drawn for this user on this phone: 长辈模式 (elderly mode, issue 19) — large type,
 * large tap targets, high contrast and a simpler filing form. One switch for the whole app (every
 * page's PageShell reads it and puts `page--elderly` on its root, where the CSS variables for the
 * mode live), kept in the device's local storage through Taro's storage API so it is remembered
 * across launches. It is a display preference only: the server never sees it.
 */
import { useSyncExternalStore } from 'react'
import Taro from '@tarojs/taro'

/** The local-storage key of the switch. */
export const ELDERLY_KEY = 'display:elderly'

/** The root class every page carries in elderly mode (see app.scss). */
export const ELDERLY_CLASS = 'page--elderly'

let elderly: boolean | undefined
const listeners = new Set<() => void>()

function read(): boolean {
  try {
    return Taro.getStorageSync(ELDERLY_KEY) === true
  } catch {
    // Storage unavailable: the normal mode, nothing is lost.
    return false
  }
}

/** Whether elderly mode is on (read from local storage on first use). */
export function isElderly(): boolean {
  if (elderly === undefined) elderly = read()
  return elderly
}

/** Turns elderly mode on or off and remembers it on this device; every page on screen follows at once. */
export function setElderly(on: boolean): void {
  elderly = on
  try {
    Taro.setStorageSync(ELDERLY_KEY, on)
  } catch {
    // Storage full or unavailable: the mode holds for this session only.
  }
  listeners.forEach((l) => l())
}

/** Forgets what was read, so the next read comes from storage again (a fresh launch, in tests). */
export function reloadDisplay(): void {
  elderly = undefined
  listeners.forEach((l) => l())
}

/** Whether elderly mode is on, re-rendering when it is switched. */
export function useElderly(): boolean {
  return useSyncExternalStore((l) => {
    listeners.add(l)
    return () => listeners.delete(l)
  }, isElderly)
}
