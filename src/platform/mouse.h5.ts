type TouchType = 'touchstart' | 'touchmove' | 'touchend'
type Point = Pick<MouseEvent, 'clientX' | 'clientY' | 'pageX' | 'pageY' | 'screenX' | 'screenY'>

/**
 * NutUI's Signature draws each point through Taro's nextTick, which on H5 may wait up to 100 ms: a
 * stroke begun sooner after the last one would be joined to it by a straight line. A new stroke's
 * first touch waits until the previous stroke's points are drawn.
 */
const SETTLE_MS = 130

/** The drawing surface: the element itself, or the <canvas> Taro's H5 Canvas renders inside it. */
function canvasOf(id: string): HTMLElement | null {
  const el = document.getElementById(id)
  if (!el) return null
  return el.tagName === 'CANVAS' ? el : (el.querySelector('canvas') ?? el)
}

/** A touch event carrying the mouse's position, dispatched where a finger would have touched. */
function dispatch(target: HTMLElement, type: TouchType, p: Point): void {
  const touch = {
    identifier: 1,
    target,
    clientX: p.clientX,
    clientY: p.clientY,
    pageX: p.pageX,
    pageY: p.pageY,
    screenX: p.screenX,
    screenY: p.screenY,
  }
  const ev = new Event(type, { bubbles: true, cancelable: true })
  const touches = type === 'touchend' ? [] : [touch]
  Object.defineProperties(ev, {
    touches: { value: touches },
    targetTouches: { value: touches },
    changedTouches: { value: [touch] },
  })
  target.dispatchEvent(ev)
}

const pointOf = ({ clientX, clientY, pageX, pageY, screenX, screenY }: MouseEvent): Point => ({
  clientX,
  clientY,
  pageX,
  pageY,
  screenX,
  screenY,
})

/**
 * NutUI's Signature listens to touch only, so on a desktop browser a mouse drew nothing. Mouse
 * presses and drags that start on the element are re-sent as touches; real touches are left alone
 * (a touch screen's own events already reach NutUI, and its emulated mouse events are skipped).
 */
export function mouseAsTouch(elementId: string): () => void {
  let drawing: HTMLElement | null = null
  let lastEnd = 0
  // When the held events of the current stroke go out (its points are drawn from then on).
  let releasedAt = 0
  // Events of a stroke whose start is still waiting for the previous stroke to settle.
  let held: [TouchType, Point][] | null = null
  const send = (type: TouchType, p: Point) => {
    if (!drawing) return
    if (held) held.push([type, p])
    else dispatch(drawing, type, p)
  }

  const down = (e: MouseEvent) => {
    const box = document.getElementById(elementId)
    const target = canvasOf(elementId)
    if (e.button !== 0 || !box || !target || !(e.target instanceof Node) || !box.contains(e.target)) return
    if ((e as MouseEvent & { sourceCapabilities?: { firesTouchEvents?: boolean } }).sourceCapabilities?.firesTouchEvents) return
    e.preventDefault()
    drawing = target
    const wait = lastEnd + SETTLE_MS - Date.now()
    releasedAt = Date.now() + Math.max(0, wait)
    if (wait <= 0) return dispatch(target, 'touchstart', pointOf(e))
    const events: [TouchType, Point][] = [['touchstart', pointOf(e)]]
    held = events
    setTimeout(() => {
      held = null
      for (const [type, p] of events) dispatch(target, type, p)
    }, wait)
  }
  const move = (e: MouseEvent) => {
    if (!drawing) return
    e.preventDefault()
    send('touchmove', pointOf(e))
  }
  const up = (e: MouseEvent) => {
    if (!drawing) return
    send('touchend', pointOf(e))
    drawing = null
    lastEnd = Math.max(Date.now(), releasedAt)
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
