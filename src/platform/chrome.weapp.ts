// WeChat draws its navigation bar natively, outside the page: nothing to adjust.
export {}
