import type { Config } from '../config.js'
import { loadMasterKey } from './master-key.js'
import { SecretBox } from './secret-box.js'

/** What the store seals webhook secrets with: GATEWAY_ENCRYPTION_KEY, else DATA_DIR/master.key. */
export function webhookSealer (config: Pick<Config, 'DATA_DIR' | 'GATEWAY_ENCRYPTION_KEY'>, warn: (message: string) => void): SecretBox {
  return new SecretBox(loadMasterKey({ encryptionKey: config.GATEWAY_ENCRYPTION_KEY, dataDir: config.DATA_DIR, warn }))
}
