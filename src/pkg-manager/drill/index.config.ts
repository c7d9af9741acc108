export default definePageConfig({
  navigationBarTitleText: '投诉明细',
  enablePullDownRefresh: true,
})
