import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { ApiKeyView, CreateApiKeyInput, UpdateApiKeyInput } from '../keys/api-key-schemas.js'
import type { ApiKeyService } from '../keys/api-key-service.js'
import { SecretBox } from '../keys/secret-box.js'
import { UsageError } from './usage.js'

/**
 * `keys <command>`: the admin API's key operations for operators at the
 * machine, without an admin token. Each answers what it prints, as JSON.
 */

type KeyCommand = (service: ApiKeyService, args: string[]) => Promise<unknown>

const LIST_PAGE = 100

export const keyCommands: Record<string, KeyCommand> = {
  create: async (service, args) => {
    const { values } = asUsage(() => parseArgs({ args, options: KEY_FIELD_OPTIONS }))
    if (values.scopes === undefined || values.ip === undefined) throw new UsageError('keys create needs --scopes and --ip')
    const input: CreateApiKeyInput = { ...keyFields(values), scopes: scopesFrom(values.scopes), ipWhitelist: whitelistFrom(values.ip) }
    return withAuthorization(await service.create(input))
  },

  update: async (service, args) => {
    const { values, positionals } = asUsage(() => parseArgs({ args, allowPositionals: true, options: { ...KEY_FIELD_OPTIONS, 'no-callback-url': { type: 'boolean' } } }))
    const secretId = secretIdFrom(positionals, 'update')
    if (values['no-callback-url'] === true && values['callback-url'] !== undefined) throw new UsageError('keys update takes --callback-url URL or --no-callback-url, not both')
    const input: UpdateApiKeyInput = {
      ...keyFields(values),
      ...(values.scopes === undefined ? {} : { scopes: scopesFrom(values.scopes) }),
      ...(values.ip === undefined ? {} : { ipWhitelist: whitelistFrom(values.ip) }),
      ...(values['no-callback-url'] === true ? { callbackUrl: null } : {}),
    }
    if (Object.keys(input).length === 0) throw new UsageError('keys update needs at least one of --scopes, --ip, --callback-url, --no-callback-url, --note')
    return service.update(secretId, input)
  },

  list: async (service, args) => {
    asUsage(() => parseArgs({ args }))
    const keys: ApiKeyView[] = []
    for (let page = 1; ; page++) {
      const { items, totalPages } = await service.list(page, LIST_PAGE)
      keys.push(...items)
      if (page >= totalPages) return keys
    }
  },

  get: async (service, args) => service.get(onlySecretId(args, 'get')),

  rotate: async (service, args) => {
    const { values, positionals } = asUsage(() => parseArgs({ args, options: { 'webhook-secret': { type: 'boolean' } }, allowPositionals: true }))
    return withAuthorization(await service.rotate(secretIdFrom(positionals, 'rotate'), { webhookSecret: values['webhook-secret'] === true }))
  },

  delete: async (service, args) => {
    const secretId = onlySecretId(args, 'delete')
    await service.delete(secretId)
    return { secretId, deleted: true }
  },

  reseal: async (service, args) => {
    const { values } = asUsage(() => parseArgs({ args, options: { 'old-key-file': { type: 'string' } } }))
    const file = values['old-key-file']
    if (file === undefined) throw new UsageError('keys reseal needs --old-key-file <path>: a file holding the master key the webhook secrets were sealed with (a backup of DATA_DIR/master.key, or the old GATEWAY_ENCRYPTION_KEY)')
    return service.resealWebhookSecrets(new SecretBox(previousMasterKey(file)))
  },

  disable: async (service, args) => service.update(onlySecretId(args, 'disable'), { disabled: true }),
  enable: async (service, args) => service.update(onlySecretId(args, 'enable'), { disabled: false }),
}

/** Beside the commands: those that change keys, as the audit log names them (the admin API's operationIds) and the status the API would answer. */
export const KEY_COMMAND_AUDIT: Record<string, { operationId: string, status: number }> = {
  create: { operationId: 'createApiKey', status: 201 },
  update: { operationId: 'updateApiKey', status: 200 },
  disable: { operationId: 'updateApiKey', status: 200 },
  enable: { operationId: 'updateApiKey', status: 200 },
  rotate: { operationId: 'rotateApiKey', status: 200 },
  delete: { operationId: 'deleteApiKey', status: 204 },
  reseal: { operationId: 'resealWebhookSecrets', status: 200 },
}

/** The flags create and update share. */
const KEY_FIELD_OPTIONS = {
  scopes: { type: 'string' },
  ip: { type: 'string', multiple: true },
  'callback-url': { type: 'string' },
  note: { type: 'string' },
} as const

const scopesFrom = (text: string) => text.split(',').map((scope) => scope.trim()) as CreateApiKeyInput['scopes']
// Repeated --ip flags and comma lists mix, as the console's one field takes commas.
const whitelistFrom = (ips: string[]) => ips.join(',')

function keyFields (values: { 'callback-url'?: string | undefined, note?: string | undefined }) {
  return {
    ...(values['callback-url'] === undefined ? {} : { callbackUrl: values['callback-url'] }),
    ...(values.note === undefined ? {} : { note: values.note }),
  }
}

/** The header value to send, ready to copy, beside the secret it is made of (shown this once). */
const withAuthorization = <T extends { secretId: string, secretKey: string }>(key: T) => ({ ...key, authorization: `Bearer ${key.secretId}.${key.secretKey}` })

/**
 * The old key from a file, never from the command line (where `ps` and
 * shell history would show it): base64 of 32 bytes, as master.key holds.
 */
function previousMasterKey (file: string): Buffer {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new UsageError(`--old-key-file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`)
  }
  const key = Buffer.from(text.trim(), 'base64')
  if (key.length !== 32) throw new UsageError(`--old-key-file ${file} must hold the base64 of exactly 32 bytes, as DATA_DIR/master.key does`)
  return key
}

/** parseArgs (strict: unknown flags are refused) with its complaints shown as usage errors. */
export function asUsage<T> (parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

function secretIdFrom (positionals: string[], command: string): string {
  const [secretId, ...rest] = positionals
  if (secretId === undefined || rest.length > 0) throw new UsageError(`keys ${command} takes one <secretId>`)
  return secretId
}

const onlySecretId = (args: string[], command: string) => secretIdFrom(asUsage(() => parseArgs({ args, allowPositionals: true })).positionals, command)
