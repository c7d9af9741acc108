/**
 * The text alternative of an image, for both builds (issue 19): WeChat's screen reader reads
 * `aria-label`; in H5 Taro's Image draws an `<img>` that takes its `alt` from `nativeProps`.
 */
export function altText(label: string): { ariaLabel: string; nativeProps: { alt: string } } {
  return { ariaLabel: label, nativeProps: { alt: label } }
}
