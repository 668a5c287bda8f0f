import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Config } from '../config.js'
import { GatewayError } from '../errors.js'
import { copyToPostgres, StoreCopyRefused } from '../store/copy.js'
import { isPostgresUrl, SQLITE_FILE } from '../store/open.js'
import { asUsage } from './keys.js'
import { UsageError } from './usage.js'

/**
 * `store <command>`: moving the gateway's data between stores. Each
 * answers what it prints, as JSON.
 */

type StoreCommand = (config: Config, args: string[], warn: (message: string) => void) => Promise<unknown>

export const storeCommands: Record<string, StoreCommand> = {
  'copy-to-postgres': async (config, args, warn) => {
    const { values } = asUsage(() => parseArgs({ args, options: { to: { type: 'string' }, 'into-non-empty': { type: 'boolean' } } }))
    const targetUrl = values.to ?? config.DATABASE_URL
    if (!isPostgresUrl(targetUrl)) throw new UsageError('store copy-to-postgres needs --to postgres://… (or DATABASE_URL=postgres://…)')
    if (config.GATEWAY_ENCRYPTION_KEY === undefined) {
      warn(`the webhook secrets are copied sealed with ${join(config.DATA_DIR, 'master.key')}: every gateway on the PostgreSQL store needs GATEWAY_ENCRYPTION_KEY set to that file's content`)
    }
    try {
      const report = await copyToPostgres({ dataDir: config.DATA_DIR, targetUrl, intoNonEmpty: values['into-non-empty'] === true, warn })
      return { from: join(config.DATA_DIR, SQLITE_FILE), to: withoutPassword(targetUrl), ...report }
    } catch (error) {
      if (error instanceof StoreCopyRefused) throw new GatewayError('GW_STORE_COPY_REFUSED', 409, 'The store was not copied', error.message)
      throw error
    }
  },
}

function withoutPassword (url: string): string {
  const parsed = new URL(url)
  if (parsed.password !== '') parsed.password = '***'
  return parsed.toString()
}
