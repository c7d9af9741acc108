export default definePageConfig({
  navigationBarTitleText: '服务公示',
  enablePullDownRefresh: true,
})
