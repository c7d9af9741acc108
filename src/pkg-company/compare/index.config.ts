export default definePageConfig({
  navigationBarTitleText: '小区对比',
  enablePullDownRefresh: true,
})
