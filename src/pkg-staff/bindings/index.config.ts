export default definePageConfig({
  navigationBarTitleText: '房屋绑定审核',
})
