export default definePageConfig({
  navigationBarTitleText: '紧急情况识别规则',
})
