/**
 * `@tarojs/components` as plain DOM for page tests in jsdom: each Taro component becomes the HTML
 * element H5 renders it as, keeping class, style, id, data-* and the events the pages and NutUI
 * use. Taro's input events carry `detail.value`; the stubs translate DOM `change` into that shape.
 */
import { createElement, forwardRef, type CSSProperties, type ReactNode } from 'react'

type Props = Record<string, any> & { children?: ReactNode }

const PASSED = new Set([
  'className',
  'id',
  'role',
  'title',
  'onClick',
  'onTouchStart',
  'onTouchMove',
  'onTouchEnd',
  'onTouchCancel',
  'onScroll',
  'children',
])

/** Taro accepts `style` as a CSS string too; React DOM only as an object. */
function styleOf(style: unknown): CSSProperties | undefined {
  if (!style || typeof style !== 'string') return style as CSSProperties | undefined
  const out: Record<string, string> = {}
  for (const decl of style.split(';')) {
    const i = decl.indexOf(':')
    if (i < 0) continue
    const key = decl
      .slice(0, i)
      .trim()
      .replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())
    if (key) out[key] = decl.slice(i + 1).trim()
  }
  return out
}

/** The props a DOM element may take: known ones, data-* and aria-*; Taro-only props are dropped. */
function domProps(props: Props): Props {
  const out: Props = {}
  for (const [k, v] of Object.entries(props)) {
    if (PASSED.has(k) || k.startsWith('data-') || k.startsWith('aria-')) out[k] = v
  }
  if (props.style !== undefined) out.style = styleOf(props.style)
  return out
}

/** A Taro container component rendered as `tag`. */
function container(tag: string, name: string) {
  const C = forwardRef<HTMLElement, Props>((props, ref) => createElement(tag, { ...domProps(props), ref }))
  C.displayName = name
  return C
}

export const View = container('div', 'View')
export const Text = container('span', 'Text')
export const ScrollView = container('div', 'ScrollView')
export const Swiper = container('div', 'Swiper')
export const SwiperItem = container('div', 'SwiperItem')
export const Form = container('form', 'Form')
export const Label = container('label', 'Label')
export const Block = ({ children }: Props) => <>{children}</>
export const RootPortal = ({ children }: Props) => <>{children}</>
export const Canvas = container('canvas', 'Canvas')
/** A video player: its source is what a test checks. */
export const Video = forwardRef<HTMLVideoElement, Props>(({ src, ...props }, ref) =>
  createElement('video', { ...domProps(props), src, ref }),
)
Video.displayName = 'Video'
// The system picker opens natively; in jsdom its trigger (the children) is what a test sees.
export const Picker = container('div', 'Picker')

export const Image = forwardRef<HTMLImageElement, Props>(function Image(props, ref) {
  return <img {...domProps(props)} ref={ref} src={props.src} alt='' onLoad={props.onLoad} onError={props.onError} />
})

export const Button = forwardRef<HTMLButtonElement, Props>(function Button(props, ref) {
  return <button {...domProps(props)} ref={ref} type='button' disabled={!!props.disabled} />
})

/** Taro's Input / Textarea: `onInput({ detail: { value } })` on each change, focus and blur alike. */
function field(tag: 'input' | 'textarea', name: string) {
  const C = forwardRef<HTMLElement, Props>((props, ref) => {
    const detail = (e: { target: EventTarget | null }) => ({ detail: { value: (e.target as HTMLInputElement).value }, target: e.target })
    return createElement(tag, {
      ...domProps(props),
      ref,
      value: props.value ?? '',
      placeholder: props.placeholder,
      maxLength: props.maxlength ?? props.maxLength,
      disabled: !!props.disabled,
      type:
        tag === 'input'
          ? props.password
            ? 'password'
            : props.type === 'number' || props.type === 'digit'
              ? 'text'
              : props.type
          : undefined,
      onChange: (e: { target: EventTarget | null }) => props.onInput?.(detail(e)),
      onFocus: (e: { target: EventTarget | null }) => props.onFocus?.(detail(e)),
      onBlur: (e: { target: EventTarget | null }) => props.onBlur?.(detail(e)),
    })
  })
  C.displayName = name
  return C
}

export const Input = field('input', 'Input')
export const Textarea = field('textarea', 'Textarea')
