import { useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { messageOf } from '@/services/api'
import { resolvePlace } from '@/services/places'
import type { Draft, SetField } from './useFiling'

/** What the filing carries besides the matter: the QR code's place code (C5), the withdrawn complaint taken up (C3). */
export interface FilingExtras {
  placeCode?: string
  refersTo?: string
}

/**
 * C5, C3: the filing page opened from a QR code (`scene`, from WeChat or the H5 link) fills in the
 * place under its current name; opened from a withdrawn complaint (`refersTo`), it takes it up.
 * Takes the form's setter; returns the extras to file with and a notice to show (a code whose
 * place is gone says so).
 */
export function useScanned(set: SetField): { extras: FilingExtras; notice?: { text: string; warning: boolean } } {
  const { params } = useRouter()
  const scene = params.scene ? decodeURIComponent(String(params.scene)) : ''
  const refersTo = params.refersTo ? String(params.refersTo) : undefined
  const [place, setPlace] = useState<{ code?: string; text?: string; error?: string }>({})

  useEffect(() => {
    if (!scene) return
    resolvePlace(scene).then(
      (p) => {
        set('location', p.place as Draft['location'])
        setPlace({ code: p.scene, text: p.place })
      },
      (e) => setPlace({ error: messageOf(e) }),
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per scanned code
  }, [scene])

  const notice = place.error
    ? { text: place.error, warning: true }
    : place.text
      ? { text: `已按扫描的二维码填写投诉地点：${place.text}，可补充具体位置`, warning: false }
      : refersTo
        ? { text: '本次投诉将引用您已撤销的投诉，处理人员可查看原投诉的记录', warning: false }
        : undefined
  return { extras: { placeCode: place.code, refersTo }, notice }
}
