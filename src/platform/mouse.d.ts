/**
 * Lets a mouse draw where a component listens only to touch (NutUI's Signature): on H5, presses and
 * drags on the element with this id are passed on as touches. Returns the function that stops it.
 * WeChat has only touch: nothing to do there.
 */
export declare function mouseAsTouch(elementId: string): () => void
