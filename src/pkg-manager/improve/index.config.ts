export default definePageConfig({
  navigationBarTitleText: '制定措施',
})
