type TouchType = 'touchstart' | 'touchmove' | 'touchend'

/** The drawing surface: the element itself, or the <canvas> Taro's H5 Canvas renders inside it. */
function canvasOf(id: string): HTMLElement | null {
  const el = document.getElementById(id)
  if (!el) return null
  return el.tagName === 'CANVAS' ? el : el.querySelector('canvas') ?? el
}

/** A touch event carrying the mouse's position, dispatched where a finger would have touched. */
function dispatch(target: HTMLElement, type: TouchType, e: MouseEvent): void {
  const touch = { identifier: 1, target, clientX: e.clientX, clientY: e.clientY, pageX: e.pageX, pageY: e.pageY, screenX: e.screenX, screenY: e.screenY }
  const ev = new Event(type, { bubbles: true, cancelable: true })
  const touches = type === 'touchend' ? [] : [touch]
  Object.defineProperties(ev, {
    touches: { value: touches },
    targetTouches: { value: touches },
    changedTouches: { value: [touch] },
  })
  target.dispatchEvent(ev)
}

/**
 * NutUI's Signature draws from touch events only, so on a desktop browser a mouse drew nothing.
 * Mouse presses and drags that start on the element are re-sent as touches; real touches are left
 * alone (a touch screen fires both, and the browser's own touch events already reach NutUI).
 */
export function mouseAsTouch(elementId: string): () => void {
  let drawing: HTMLElement | null = null
  const down = (e: MouseEvent) => {
    const target = canvasOf(elementId)
    if (e.button !== 0 || !target || !(e.target instanceof Node) || !document.getElementById(elementId)?.contains(e.target)) return
    if ((e as MouseEvent & { sourceCapabilities?: { firesTouchEvents?: boolean } }).sourceCapabilities?.firesTouchEvents) return
    e.preventDefault()
    drawing = target
    dispatch(target, 'touchstart', e)
  }
  const move = (e: MouseEvent) => {
    if (!drawing) return
    e.preventDefault()
    dispatch(drawing, 'touchmove', e)
  }
  const up = (e: MouseEvent) => {
    if (!drawing) return
    dispatch(drawing, 'touchend', e)
    drawing = null
  }
  document.addEventListener('mousedown', down)
  document.addEventListener('mousemove', move)
  document.addEventListener('mouseup', up)
  return () => {
    document.removeEventListener('mousedown', down)
    document.removeEventListener('mousemove', move)
    document.removeEventListener('mouseup', up)
  }
}
