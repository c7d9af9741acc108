export default definePageConfig({
  navigationBarTitleText: '投诉登记表',
})
