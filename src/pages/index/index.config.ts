export default definePageConfig({
  navigationBarTitleText: '物业投诉',
  enablePullDownRefresh: true,
})
