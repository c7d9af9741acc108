export default definePageConfig({
  navigationBarTitleText: '语音输入',
})
