/**
 * The report function uses the same SDK set-up as the complaint function (one initialisation,
 * the database without throw-on-missing, identity from cloud.getWXContext()), with its own log prefix.
 */
import { logger } from '../../complaint/infra/cloud'

export { sdk, database, callerOpenid } from '../../complaint/infra/cloud'
export const log = logger('report')
