import { errors } from '../errors.js'
import { assertSafeCallbackUrl, type HostLookup } from '../net/ssrf-guard.js'
import type { ApiKeyChanges, ApiKeyRecord, ApiKeyRepository, ResealOutcome } from '../store/api-keys.js'
import type { Sealer } from '../store/sealer.js'
import { NOTE_MAX_LENGTH, SCOPES, type ApiKeyView, type CreateApiKeyInput, type RotateApiKeyInput, type UpdateApiKeyInput } from './api-key-schemas.js'
import { parseIpWhitelist } from './ip-whitelist.js'
import type { LastUsedRecorder } from './last-used.js'
import { hashSecretKey, newSecretId, newSecretKey, newWebhookSecret } from './secrets.js'

/**
 * Managing keys: what the admin routes and the CLI both call. Checks what a
 * schema cannot (whitelist entries, callback URL safety), makes the secrets,
 * and drops a changed key from the authentication cache at once.
 */

export interface ApiKeyServiceOptions {
  repository: ApiKeyRepository
  /** RELAY_ALLOW_PRIVATE: callback URLs may then point at private addresses. */
  allowPrivateCallbacks: boolean
  /** The running gateway's cache; the CLI has none. */
  cache?: { invalidate: (secretId: string) => void }
  lastUsed?: Pick<LastUsedRecorder, 'noted' | 'forget'>
  lookup?: HostLookup
}

export type CreatedApiKeyView = ApiKeyView & { secretKey: string, webhookSecret: string }
export type RotatedApiKeyView = ApiKeyView & { secretKey: string, webhookSecret?: string }

export interface ApiKeyPage {
  items: ApiKeyView[]
  page: number
  limit: number
  total: number
  totalPages: number
}

export class ApiKeyService {
  constructor (private readonly options: ApiKeyServiceOptions) {}

  async create (input: CreateApiKeyInput): Promise<CreatedApiKeyView> {
    const secretKey = newSecretKey()
    const webhookSecret = newWebhookSecret()
    const key = {
      secretId: newSecretId(),
      secretHash: hashSecretKey(secretKey),
      scopes: canonicalScopes(input.scopes),
      ipWhitelist: parseIpWhitelist(input.ipWhitelist),
      callbackUrl: await this.checkedCallbackUrl(input.callbackUrl),
      note: checkedNote(input.note) ?? '',
      disabled: input.disabled ?? false,
      createdAt: new Date().toISOString(),
      webhookSecret,
    }
    await this.options.repository.create(key)
    return { ...this.view({ ...key, updatedAt: key.createdAt, lastUsedAt: null }), secretKey, webhookSecret }
  }

  async list (page: number, limit: number): Promise<ApiKeyPage> {
    const { items, total } = await this.options.repository.list({ page, limit })
    return { items: items.map((record) => this.view(record)), page, limit, total, totalPages: Math.ceil(total / limit) }
  }

  async get (secretId: string): Promise<ApiKeyView> {
    return this.view(found(secretId, await this.options.repository.find(secretId)))
  }

  async update (secretId: string, input: UpdateApiKeyInput): Promise<ApiKeyView> {
    const changes: ApiKeyChanges = {
      scopes: input.scopes === undefined ? undefined : canonicalScopes(input.scopes),
      ipWhitelist: input.ipWhitelist === undefined ? undefined : parseIpWhitelist(input.ipWhitelist),
      callbackUrl: input.callbackUrl === undefined ? undefined : await this.checkedCallbackUrl(input.callbackUrl),
      note: checkedNote(input.note),
      disabled: input.disabled,
    }
    return this.view(await this.change(secretId, changes))
  }

  /** A new secretKey (the old one stops working at once) and, when asked, a new webhookSecret. */
  async rotate (secretId: string, input: RotateApiKeyInput = {}): Promise<RotatedApiKeyView> {
    const secretKey = newSecretKey()
    const webhookSecret = input.webhookSecret === true ? newWebhookSecret() : undefined
    const record = await this.change(secretId, { secretHash: hashSecretKey(secretKey), webhookSecret })
    return { ...this.view(record), secretKey, ...(webhookSecret === undefined ? {} : { webhookSecret }) }
  }

  /** `keys reseal`: the webhook secrets sealed with `previous` (an older master key) sealed again with the current one. */
  async resealWebhookSecrets (previous: Sealer): Promise<ResealOutcome> {
    return this.options.repository.resealWebhookSecrets(previous)
  }

  async delete (secretId: string): Promise<void> {
    const deleted = await this.options.repository.delete(secretId)
    this.forget(secretId)
    if (!deleted) throw notFound(secretId)
  }

  private async change (secretId: string, changes: ApiKeyChanges): Promise<ApiKeyRecord> {
    const record = await this.options.repository.update(secretId, changes, new Date().toISOString())
    this.options.cache?.invalidate(secretId)
    return found(secretId, record)
  }

  private forget (secretId: string): void {
    this.options.cache?.invalidate(secretId)
    this.options.lastUsed?.forget(secretId)
  }

  private async checkedCallbackUrl (url: string | null | undefined): Promise<string | null> {
    if (url === undefined || url === null || url === '') return null
    await assertSafeCallbackUrl(url, { allowPrivate: this.options.allowPrivateCallbacks, ...(this.options.lookup === undefined ? {} : { lookup: this.options.lookup }) })
    return url
  }

  /** Never a secret: not the hash, not the webhook secret. */
  private view (record: ApiKeyRecord): ApiKeyView {
    return {
      secretId: record.secretId,
      scopes: record.scopes,
      ipWhitelist: record.ipWhitelist,
      callbackUrl: record.callbackUrl,
      note: record.note,
      disabled: record.disabled,
      createdAt: record.createdAt,
      lastUsedAt: this.options.lastUsed?.noted(record.secretId) ?? record.lastUsedAt,
    }
  }
}

const notFound = (secretId: string) => errors.notFound(`No API key ${secretId}`)

function found (secretId: string, record: ApiKeyRecord | undefined): ApiKeyRecord {
  if (record === undefined) throw notFound(secretId)
  return record
}

/** The route's schema says the same; the CLI has only this. */
function checkedNote (note: string | undefined): string | undefined {
  if (note !== undefined && note.length > NOTE_MAX_LENGTH) {
    throw errors.validation(`body/note must be at most ${NOTE_MAX_LENGTH} characters`, [{ in: 'body', pointer: '/note', message: `must be at most ${NOTE_MAX_LENGTH} characters` }])
  }
  return note
}

/** Known words only, each once, in one order, so stored keys compare and read alike. */
function canonicalScopes (scopes: readonly string[]): ApiKeyRecord['scopes'] {
  const unknown = scopes.filter((scope) => !(SCOPES as readonly string[]).includes(scope))
  if (scopes.length === 0 || unknown.length > 0) {
    throw errors.validation(`body/scopes must list one or more of ${SCOPES.join(', ')}`, [{ in: 'body', pointer: '/scopes', message: `must list one or more of ${SCOPES.join(', ')}${unknown.length > 0 ? `; unknown: ${unknown.join(', ')}` : ''}` }])
  }
  return SCOPES.filter((scope) => scopes.includes(scope))
}
