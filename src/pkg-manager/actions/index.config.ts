export default definePageConfig({
  navigationBarTitleText: '改进措施',
  enablePullDownRefresh: true,
})
