/** Style imports are nothing in page tests. */
export default {}
