/** Office configuration the client needs: subscription groups, routing, limits, office name. */
import { call } from './api'
import type { MetaData } from './types'

export function getMeta(): Promise<MetaData> {
  return call('meta.get')
}
