export default definePageConfig({
  navigationBarTitleText: '扫码投诉二维码',
})
