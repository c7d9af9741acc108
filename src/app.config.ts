/**
 * Pages and window settings. The main package holds what the first screen needs — the home page —
 * plus the framework and what several packages share; every other page loads on demand
 * (docs/DEPLOY.md, Sizes: main package ≤ 500 KB, each subpackage ≤ 1 MB). The residents' pages and
 * a complaint's detail page are subpackages of one page each, rooted at their own folders so that
 * their routes stay `pages/<name>/index`, and are preloaded from the page that opens them (the home
 * page; the detail page for a complaint's conversation; the profile for the privacy notice and the
 * resident's own data). A notification's link opens the detail page: WeChat then fetches its
 * subpackage (about 70 KB) with the main package. The dictation page loads with its plugin.
 */
export default defineAppConfig({
  pages: ['pages/index/index'],
  subPackages: [
    { root: 'pages/detail', pages: ['index'] },
    { root: 'pages/submit', pages: ['index'] },
    { root: 'pages/mine', pages: ['index'] },
    { root: 'pages/messages', pages: ['index'] },
    { root: 'pages/profile', pages: ['index'] },
    { root: 'pages/conversation', pages: ['index'] },
    { root: 'pages/privacy', pages: ['index'] },
    { root: 'pages/mydata', pages: ['index'] },
    { root: 'pages/public-report', pages: ['index'] },
    // Issue 16: the resident's rooms (opened from the profile page).
    { root: 'pages/rooms', pages: ['index'] },
    // Issue 16: a resident chooses the estate to join (a scanned estate code joins from the home page).
    { root: 'pages/estates', pages: ['index'] },
    {
      root: 'pkg-staff',
      pages: [
        'tasks/index',
        'queue/index',
        'register/index',
        'action/index',
        'approvals/index',
        'form/index',
        'matter/index',
        'bindings/index',
      ],
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
        'households/index',
      ],
    },
    // Issue 16: the company administrator's estates and the quality department's comparison.
    { root: 'pkg-company', pages: ['estates/index', 'new/index', 'estate/index', 'compare/index'] },
    {
      // Speech-to-text (issue 19). WeChat lets a plugin used by one subpackage be declared there only:
      // it is downloaded with this page, not at launch, and no other page can load it.
      root: 'pkg-voice',
      pages: ['dictate/index'],
      plugins: { WechatSI: { version: '0.3.6', provider: 'wx069ba97219f66d99' } },
    },
    // The dashboard's chart library, in two halves of about 0.7 and 0.55 MB: no pages, loaded with
    // require.async by the chart component (pkg-manager/charts/load.weapp.ts; scripts/build-charts.mjs).
    { root: 'pkg-chart-core', pages: [] },
    { root: 'pkg-chart-lib', pages: [] },
  ],
  preloadRule: {
    'pages/index/index': {
      network: 'all',
      packages: ['pages/detail', 'pages/submit', 'pages/mine', 'pages/messages', 'pages/profile', 'pages/public-report', 'pkg-staff'],
    },
    // A complaint's conversation opens from its detail page.
    'pages/detail/index': { network: 'all', packages: ['pages/conversation'] },
    // The privacy notice and the resident's own data open from the profile page.
    'pages/profile/index': { network: 'all', packages: ['pages/privacy', 'pages/mydata', 'pages/rooms'] },
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
