/**
 * Speech-to-text for the description (issue 19): WeChat's simultaneous-interpretation plugin
 * (同声传译, WechatSI), declared only in the subpackage of the dictation page (src/app.config.ts),
 * so only that page may load it. H5 has no plugin: dictation is not offered there.
 */

/** What the page hears while and after the user speaks. */
export interface DictationHandlers {
  /** The text so far (replaces the previous partial text). */
  onText: (text: string) => void
  /** The final text when it stopped ('' when nothing was understood). */
  onEnd: (text: string) => void
  /** A Chinese message; the user can still type. */
  onError: (message: string) => void
}

/** A dictation under way. */
export interface Dictation {
  stop(): void
}

/**
 * Loads the plugin and starts listening (at most `maxMs`).
 * @throws Error with a Chinese message when the plugin cannot be loaded.
 */
export declare function startDictation(maxMs: number, on: DictationHandlers): Dictation

/** The message when the plugin is missing or fails to load. */
export declare const PLUGIN_FAILED: string
