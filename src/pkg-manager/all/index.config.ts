export default definePageConfig({
  navigationBarTitleText: '全部投诉',
  enablePullDownRefresh: true,
})
