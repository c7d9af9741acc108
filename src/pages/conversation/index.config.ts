export default definePageConfig({
  navigationBarTitleText: '沟通',
  enablePullDownRefresh: true,
})
