import { type Config, ConfigError, loadConfig } from '../config.js'
import { isGatewayError } from '../errors.js'
import { ApiKeyService } from '../keys/api-key-service.js'
import { webhookSealer } from '../keys/webhook-sealer.js'
import { randomUUID } from 'node:crypto'
import { resolve } from 'node:path'
import packageJson from '../../package.json' with { type: 'json' }
import { withoutPassword } from '../config-messages.js'
import type { NewAuditEntry } from '../store/audit.js'
import { isPostgresUrl, openStore, SQLITE_FILE } from '../store/open.js'
import { KEY_COMMAND_AUDIT, keyCommands } from './keys.js'
import { storeCommands } from './store.js'
import { USAGE, UsageError } from './usage.js'

/**
 * The CLI as a function of its arguments and environment, answering the
 * exit status: 0 done, 1 refused (the problem is printed as JSON on
 * stderr), 64 wrong usage, 78 bad configuration.
 */

export interface CliIo {
  env: NodeJS.ProcessEnv
  stdout: (text: string) => void
  stderr: (text: string) => void
}

/** Only what the store needs: the CLI must run where the server's other variables are not set. */
const STORE_VARIABLES = ['DATA_DIR', 'DATABASE_URL', 'GATEWAY_ENCRYPTION_KEY', 'RELAY_ALLOW_PRIVATE'] as const

export async function runCli (args: string[], io: CliIo): Promise<number> {
  const [group, command, ...rest] = args
  if (group === '--version' || group === '-v' || group === 'version') {
    io.stdout(`${packageJson.name} ${packageJson.version}\n`)
    return 0
  }
  if ([group, command].some((word) => word === 'help' || word === '--help' || word === '-h')) {
    io.stdout(USAGE)
    return 0
  }
  if (group === undefined) {
    io.stdout(USAGE)
    return 64
  }
  const run = commandFor(group, command, rest)
  if (run === undefined && command === undefined && (group === 'keys' || group === 'store')) {
    io.stderr(`Missing command after "${group}"\n\n${USAGE}`)
    return 64
  }
  if (run === undefined) {
    io.stderr(`Unknown command: ${args.slice(0, 2).join(' ')}\n\n${USAGE}`)
    return 64
  }

  try {
    const config = loadConfig(Object.fromEntries(STORE_VARIABLES.map((name) => [name, io.env[name]])))
    const warn = (message: string) => io.stderr(`warning: ${message}\n`)
    // A key made on another store than the gateway's is the newcomer's first trap: say which one, every time.
    io.stderr(`store: ${storeInUse(config)}\n`)
    io.stdout(`${JSON.stringify(await run(config, warn), null, 2)}\n`)
    return 0
  } catch (error) {
    return report(error, io)
  }
}

function storeInUse (config: Config): string {
  if (isPostgresUrl(config.DATABASE_URL)) return `DATABASE_URL=${withoutPassword(config.DATABASE_URL ?? '')}`
  return `DATA_DIR=${resolve(config.DATA_DIR)} (${SQLITE_FILE}; the gateway must run with the same DATA_DIR)`
}

type Command = (config: Config, warn: (message: string) => void) => Promise<unknown>

function commandFor (group: string, name: string | undefined, rest: string[]): Command | undefined {
  if (name === undefined) return undefined
  if (group === 'keys') {
    const run = Object.hasOwn(keyCommands, name) ? keyCommands[name] : undefined
    return run && ((config, warn) => withKeyService(config, warn, name, (service) => run(service, rest)))
  }
  const run = group === 'store' && Object.hasOwn(storeCommands, name) ? storeCommands[name] : undefined
  return run && ((config, warn) => run(config, rest, warn))
}

async function withKeyService (config: Config, warn: (message: string) => void, command: string, work: (service: ApiKeyService) => Promise<unknown>): Promise<unknown> {
  // Without the master-key check: the CLI is the way out when the key does not fit (keys rotate --webhook-secret).
  const store = await openStore(config, { sealer: webhookSealer(config, warn), warn, checkSealer: false })
  try {
    const result = await work(new ApiKeyService({ repository: store.apiKeys, allowPrivateCallbacks: config.RELAY_ALLOW_PRIVATE }))
    const audited = Object.hasOwn(KEY_COMMAND_AUDIT, command) ? KEY_COMMAND_AUDIT[command] : undefined
    // Changes made at the machine are writes like the admin API's: the audit log keeps them, as by "cli".
    if (audited !== undefined) await store.audit.record(cliAuditEntry(command, audited, result))
    return result
  } finally {
    await store.close()
  }
}

function cliAuditEntry (command: string, { operationId, status }: { operationId: string, status: number }, result: unknown): NewAuditEntry {
  const secretId = (result as { secretId?: unknown } | null)?.secretId
  return {
    at: new Date().toISOString(),
    secretId: 'cli',
    operationId,
    method: 'CLI',
    path: `keys ${command}${typeof secretId === 'string' ? ` ${secretId}` : ''}`,
    requestId: `cli-${randomUUID()}`,
    idempotencyKey: null,
    replayed: false,
    status,
    outcome: 'ok',
    upstreamCode: null,
    upstreamMessage: null,
    amount: null,
    bytes: null,
  }
}

interface FieldError { pointer?: string, message: string }

/** The service speaks of body fields (as the admin API does); an operator typed flags. */
const FLAGS: Record<string, string> = { scopes: '--scopes', ipWhitelist: '--ip', callbackUrl: '--callback-url', note: '--note' }

function asFlagError (field: FieldError): FieldError | { flag: string, message: string } {
  const flag = FLAGS[field.pointer?.split('/')[1] ?? '']
  return flag === undefined ? field : { flag, message: field.message }
}

function report (error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr(`${error.message}\n\n${USAGE}`)
    return 64
  }
  if (error instanceof ConfigError) {
    io.stderr(`${error.message}\n`)
    return 78
  }
  if (isGatewayError(error)) {
    const errors = (error.extras.errors as FieldError[] | undefined)?.map(asFlagError)
    const detail = error.message.replace(/\bbody\/(\w+)/g, (named, field: string) => FLAGS[field] ?? named)
    io.stderr(`${JSON.stringify({ error: { code: error.code, title: error.title, detail, ...(errors === undefined ? {} : { errors }) } }, null, 2)}\n`)
    return 1
  }
  throw error
}
