export default definePageConfig({
  navigationBarTitleText: '客服待办',
  enablePullDownRefresh: true,
})
