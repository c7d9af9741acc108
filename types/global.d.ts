/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    /** Which Taro platform this bundle targets. */
    TARO_ENV?: 'weapp' | 'h5'
  }
}

/** Environment name baked in at build time (config/environments.json key). */
declare const APP_ENV: string
