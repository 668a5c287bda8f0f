import type { Scope } from '../operations/types.js'
import type { Sealer } from './sealer.js'

/**
 * Durable API keys. The repository stores what it is given: secrets arrive
 * already hashed (`secretHash`), except the webhook secret, which it seals
 * at rest and opens again only for `listCallbackTargets` (the relay signs
 * with it). Times are UTC ISO 8601 strings with `Z`.
 */

export type { Scope }

export interface ApiKeyRecord {
  secretId: string
  /** SHA-256 of the secretKey (src/keys/secrets.ts); the secretKey itself is never stored. */
  secretHash: Buffer
  scopes: Scope[]
  /** Canonical addresses and CIDR ranges, 1 to 10. */
  ipWhitelist: string[]
  callbackUrl: string | null
  note: string
  disabled: boolean
  createdAt: string
  updatedAt: string
  lastUsedAt: string | null
}

export interface NewApiKey extends Omit<ApiKeyRecord, 'updatedAt' | 'lastUsedAt'> {
  /** In clear; the repository seals it. */
  webhookSecret: string
}

/** Fields an update may change; a rotation changes `secretHash` (and maybe `webhookSecret`). */
export type ApiKeyChanges = Partial<Pick<NewApiKey, 'secretHash' | 'webhookSecret' | 'scopes' | 'ipWhitelist' | 'callbackUrl' | 'note' | 'disabled'>>

export interface CallbackTarget {
  secretId: string
  callbackUrl: string
  /** In clear, for signing relayed callbacks. */
  webhookSecret: string
}

export interface ApiKeyRepository {
  create: (key: NewApiKey) => Promise<void>
  find: (secretId: string) => Promise<ApiKeyRecord | undefined>
  /** Newest first. */
  list: (page: { page: number, limit: number }) => Promise<{ items: ApiKeyRecord[], total: number }>
  /** Answers the key as changed, or undefined when there is no such key. */
  update: (secretId: string, changes: ApiKeyChanges, updatedAt: string) => Promise<ApiKeyRecord | undefined>
  /** False when there was no such key. */
  delete: (secretId: string) => Promise<boolean>
  /** Batched `lastUsedAt` writes (secretId → ISO time); a time never moves backwards. */
  recordLastUsed: (lastUsed: ReadonlyMap<string, string>) => Promise<void>
  /** Every enabled key that has a callbackUrl, with its webhook secret in clear. */
  listCallbackTargets: () => Promise<CallbackTarget[]>
  /** Seals again, under the store's own sealer, every webhook secret that `previous` opens (the way back from a lost or changed master key). */
  resealWebhookSecrets: (previous: Sealer) => Promise<ResealOutcome>
}

/** secretIds by what `keys reseal` found. */
export interface ResealOutcome {
  /** Opened with the previous key and sealed again with the current one. */
  resealed: string[]
  /** Already sealed with the current key: left as they were. */
  alreadyCurrent: string[]
  /** Opened by neither key: only `keys rotate <secretId> --webhook-secret` helps these. */
  unreadable: string[]
}
