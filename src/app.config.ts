/**
 * Pages and window settings. Residents' pages form the main package; staff and manager pages, and
 * the dictation page with its plugin, load on demand.
 */
export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/submit/index',
    'pages/mine/index',
    'pages/detail/index',
    'pages/messages/index',
    'pages/profile/index',
    'pages/privacy/index',
    'pages/mydata/index',
    'pages/conversation/index',
    'pages/public-report/index',
  ],
  subPackages: [
    {
      root: 'pkg-staff',
      pages: ['tasks/index', 'queue/index', 'register/index', 'action/index', 'approvals/index', 'form/index', 'matter/index'],
    },
    {
      root: 'pkg-manager',
      pages: [
        'all/index',
        'dashboard/index',
        'drill/index',
        'weakpoints/index',
        'improve/index',
        'actions/index',
        'settings/index',
        'staff/index',
        'deadletters/index',
        'roster/index',
        'rules/index',
        'accesslog/index',
        'content/index',
        'qrcodes/index',
      ],
    },
    {
      // Speech-to-text (issue 19). WeChat lets a plugin used by one subpackage be declared there only:
      // it is downloaded with this page, not at launch, and no other page can load it.
      root: 'pkg-voice',
      pages: ['dictate/index'],
      plugins: { WechatSI: { version: '0.3.6', provider: 'wx069ba97219f66d99' } },
    },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['pkg-staff'] },
  },
  window: {
    // Explicit so the H5 build shows its navigation bar (title and back button) too.
    navigationStyle: 'default',
    navigationBarTitleText: '物业投诉',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f6f9',
    backgroundTextStyle: 'dark',
  },
  lazyCodeLoading: 'requiredComponents',
})
