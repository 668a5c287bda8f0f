import { randomUUID } from 'node:crypto'
import type { KeyChanges } from '../keys/key-changes.js'
import type { RedisLink } from './redis-link.js'

/**
 * Key changes between instances over Redis pub/sub: each change this
 * instance makes (`local`) is published, each one heard from another
 * instance comes in as `remote` and is not passed on again. A message is the
 * sender's instance id and the key's secretId (never a secret); an instance
 * ignores its own. Changes announced while Redis was down are lost, so on
 * recovery `resync` drops what the instance had cached.
 */

const CHANNEL = 'key-changed'

export function shareKeyChanges (changes: KeyChanges, link: RedisLink, resync: () => void, failed: (error: unknown) => void): void {
  const instance = randomUUID()
  changes.onAnyChange((secretId, origin) => {
    if (origin === 'local') link.publish(CHANNEL, `${instance} ${secretId}`).catch(failed)
  })
  link.subscribe(CHANNEL, (message) => {
    const [sender, secretId] = message.split(' ')
    if (sender !== instance && secretId !== undefined && secretId !== '') changes.notify(secretId, 'remote')
  })
  link.onRecovery(resync)
}
