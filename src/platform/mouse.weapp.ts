/** WeChat phones have touch only: nothing to translate. */
export function mouseAsTouch(_elementId: string): () => void {
  return () => undefined
}
