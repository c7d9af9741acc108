export default definePageConfig({
  navigationBarTitleText: '薄弱环节',
  enablePullDownRefresh: true,
})
