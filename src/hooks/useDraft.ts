import { useEffect, useState, type Dispatch, type SetStateAction } from 'react'
import Taro from '@tarojs/taro'

const PREFIX = 'draft:'

/**
 * Form state that survives leaving the page, a refresh or WeChat killing the mini-program: kept
 * in the device's local storage under `draft:<key>` while it is typed, and restored when the form
 * opens again. Takes the key (e.g. `submit`, `<complaintId>:give_result:summary`) and the empty
 * value; returns `[value, setValue]` like useState. Only plain JSON belongs in a draft (no temp
 * photo paths: they do not outlive the session). Cleared by `clearDrafts` once the form is sent.
 */
export function useDraft<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => {
    try {
      const saved = Taro.getStorageSync(PREFIX + key)
      if (saved === '' || saved === undefined || saved === null) return initial
      // Objects are merged over the empty value so a draft from an older form version still fits.
      return isPlainObject(initial) && isPlainObject(saved) ? ({ ...initial, ...saved } as T) : (saved as T)
    } catch {
      return initial
    }
  })
  useEffect(() => {
    try {
      Taro.setStorageSync(PREFIX + key, value)
    } catch {
      // Storage full or unavailable: the form still works, only the draft is not kept.
    }
  }, [key, value])
  return [value, setValue]
}

/** Removes every draft whose key starts with `prefix` (all drafts of one form, after it was sent). */
export function clearDrafts(prefix: string): void {
  try {
    for (const k of Taro.getStorageInfoSync().keys) if (k.startsWith(PREFIX + prefix)) Taro.removeStorageSync(k)
  } catch {
    // Nothing to clear.
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
