/**
 * Styles for the platform's own chrome, imported once by the app for their effect: on H5 the
 * navigation bar is part of the page (a 40 px sticky bar), on WeChat it is native and outside it.
 */
export {}
