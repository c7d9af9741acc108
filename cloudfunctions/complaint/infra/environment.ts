/**
 * The environment this bundle was built for (APP_ENV, set by scripts/build-cloud.mjs), validated
 * when the function loads: a missing template id stops the function at start-up, not at send time.
 */
import { resolveEnvironment, TEMPLATES, type Environment, type TemplateName } from '../../../config/environments'

declare const APP_ENV: string

export const environment: Environment = resolveEnvironment(typeof APP_ENV === 'string' ? APP_ENV : 'local')

/** Keyword keys of a template (config/messages.json), by our logical value names. */
export function templateKeys(name: TemplateName): Record<string, string> {
  return TEMPLATES[name].fields as Record<string, string>
}
