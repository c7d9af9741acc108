export default definePageConfig({
  navigationBarTitleText: '物业投诉',
  // The bar continues the blue header below it.
  navigationBarBackgroundColor: '#2b6de5',
  navigationBarTextStyle: 'white',
  enablePullDownRefresh: true,
})
