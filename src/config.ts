import { Type, type StaticDecode, type TSchema } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'
import { refusalMessage } from './config-messages.js'
import { canEncodePassword } from './upstream/password-cipher.js'

/**
 * Every configuration variable of the contract (docs/configuration.md) in one
 * TypeBox schema. The decoded type is the only declaration of the config's
 * shape: nothing else in the code base re-types it.
 */

const commaList = (defaultValue: string) => Type.Transform(Type.String({ default: defaultValue }))
  .Decode((text) => text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''))
  .Encode((list) => list.join(','))

const millisecondList = (defaultValue: string) => Type.Transform(Type.String({ default: defaultValue, pattern: '^\\s*\\d+(\\s*,\\s*\\d+)*\\s*$', accepts: 'a comma list of delays in milliseconds' }))
  .Decode((text) => text.split(',').map((entry) => Number(entry.trim())))
  .Encode((list) => list.join(','))

const flag = (defaultValue: 'true' | 'false') => Type.Transform(Type.String({ default: defaultValue, pattern: '^(true|false|1|0)$', accepts: 'true, false, 1 or 0' }))
  .Decode((text) => text === 'true' || text === '1')
  .Encode((flag) => (flag ? 'true' : 'false'))

const Url = (protocols: string, example: string, note = '') => Type.String({ pattern: `^(${protocols})://[^\\s]+$`, accepts: `a URL starting with ${protocols.split('|').map((protocol) => `${protocol}://`).join(' or ')}${note}`, examples: [example] })

const ORIGIN = 'https?://[^\\s,/]+'
const CORS_ORIGINS_PATTERN = `^\\s*(\\*|${ORIGIN}(\\s*,\\s*${ORIGIN})*)?\\s*$`

export const ConfigSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], { default: 'development' }),
  HOST: Type.String({ default: '127.0.0.1', minLength: 1 }),
  PORT: Type.Integer({ default: 3000, minimum: 0, maximum: 65535 }),
  LOG_LEVEL: Type.Union([Type.Literal('fatal'), Type.Literal('error'), Type.Literal('warn'), Type.Literal('info'), Type.Literal('debug'), Type.Literal('trace'), Type.Literal('silent')], { default: 'info' }),

  UPSTREAM_URL: Type.Optional(Url('http|https', 'https://api3.verycloud.cn')),
  UPSTREAM_USERNAME: Type.String({ default: '' }),
  UPSTREAM_PASSWORD: Type.String({ default: '' }),
  UPSTREAM_PASSWORD_ENCODING: Type.Union([Type.Literal('verycloud'), Type.Literal('none')], { default: 'verycloud' }),
  UPSTREAM_TIMEOUT_MS: Type.Integer({ default: 10_000, minimum: 1, maximum: 600_000 }),
  /** A larger upstream answer is cut off while it streams in and answered 502. */
  UPSTREAM_MAX_ANSWER_BYTES: Type.Integer({ default: 8_388_608, minimum: 1024 }),
  UPSTREAM_TOKEN_ERROR_CODES: Type.Transform(Type.String({ default: '', pattern: '^[\\s\\d,-]*$', accepts: 'a comma list of whole numbers', examples: ['10001,10002'] }))
    .Decode((text) => new Set(text.split(',').map((code) => code.trim()).filter((code) => code !== '').map(Number)))
    .Encode((codes) => [...codes].join(',')),

  TOKEN_REFRESH_MARGIN_S: Type.Integer({ default: 300, minimum: 0 }),
  TOKEN_DEFAULT_TTL_S: Type.Integer({ default: 7200, minimum: 1 }),

  GATEWAY_ADMIN_TOKEN: Type.Optional(Type.String({ minLength: 16, makeWith: 'openssl rand -base64 24' })),
  /** Seals webhook secrets at rest: base64 of 32 bytes. Unset: generated once into DATA_DIR/master.key. */
  GATEWAY_ENCRYPTION_KEY: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9+/_-]{43}=?$', accepts: 'the base64 of 32 random bytes (44 characters, ending in "=")', makeWith: 'openssl rand -base64 32' })),
  ADMIN_IP_WHITELIST: commaList('127.0.0.1,::1'),
  TRUST_PROXY: commaList(''),

  RATE_LIMIT_MAX: Type.Integer({ default: 600, minimum: 1 }),
  RATE_LIMIT_WINDOW: Type.String({ default: '1 minute', pattern: '^\\s*\\d+(\\s*(ms|millisecond|second|minute|hour|day)s?)?\\s*$', accepts: 'a number and a unit (ms, second, minute, hour or day, plural allowed), or a number of milliseconds', examples: ['1 minute', '30 seconds'] }),

  DATA_DIR: Type.String({ default: './data', minLength: 1 }),
  // Only PostgreSQL: the embedded store is always DATA_DIR/gateway.sqlite, so any other URL is refused rather than ignored.
  DATABASE_URL: Type.Optional(Url('postgres|postgresql', 'postgres://gateway:secret@127.0.0.1:5432/gateway', ', or nothing for the embedded store in DATA_DIR')),
  REDIS_URL: Type.Optional(Url('redis|rediss', 'redis://127.0.0.1:6379')),
  /** Put before every Redis key and channel, so gateways of different deployments can share one Redis. */
  REDIS_KEY_PREFIX: Type.String({ default: 'vcgw:', pattern: '^[A-Za-z0-9:._-]{1,64}$' }),

  CALLBACK_SECRET: Type.Optional(Type.String({ minLength: 16, accepts: 'text of at least 16 characters, or whsec_ and base64', makeWith: 'openssl rand -base64 32' })),
  CALLBACK_IP_WHITELIST: commaList(''),
  RELAY_RETRY_SCHEDULE_MS: millisecondList('5000,300000,1800000,7200000,18000000,36000000,36000000'),
  RELAY_ALLOW_PRIVATE: flag('false'),

  SYNC_INTERVAL_S: Type.Integer({ default: 3600, minimum: 0 }),

  /** How long an Idempotency-Key's answer is kept and replayed. */
  IDEMPOTENCY_TTL_S: Type.Integer({ default: 86_400, minimum: 60 }),
  /** How long audit entries are kept. */
  AUDIT_RETENTION_DAYS: Type.Integer({ default: 400, minimum: 1 }),

  /** A request must arrive in full (headers and body) within this, else 408. */
  REQUEST_BODY_TIMEOUT_MS: Type.Integer({ default: 30_000, minimum: 100, maximum: 600_000 }),
  SSE_MAX_STREAMS_PER_KEY: Type.Integer({ default: 10, minimum: 1, maximum: 10_000 }),
  /** Browser origins allowed to call the API (CORS); unset: no CORS headers at all. */
  CORS_ORIGINS: Type.Transform(Type.String({ default: '', pattern: CORS_ORIGINS_PATTERN, accepts: 'a comma list of origins (scheme, host and optional port, no path), or *', examples: ['https://console.example.com,http://localhost:5173'] }))
    .Decode((text) => text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''))
    .Encode((list) => list.join(',')),
})

export type Config = StaticDecode<typeof ConfigSchema>

export class ConfigError extends Error {
  override name = 'ConfigError'
  /** `also`: other variables found bad in the same pass, [variable, message], one line each after this one's. */
  constructor (readonly variable: string, message: string, also: ReadonlyArray<readonly [string, string]> = []) {
    super([[variable, message], ...also].map(([name, text]) => `Invalid configuration: ${name} ${text}`).join('\n'))
  }
}

/** Reads, defaults, converts and validates the variables; throws a ConfigError naming every bad one, so one restart shows them all. */
export function loadConfig (env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, unknown> = {}
  for (const name of Object.keys(ConfigSchema.properties)) {
    const value = env[name]
    if (value !== undefined && value !== '') raw[name] = value
  }
  const withDefaults = Value.Convert(ConfigSchema as TSchema, Value.Default(ConfigSchema, raw))
  const bad = new Map<string, string>()
  for (const error of Value.Errors(ConfigSchema, withDefaults)) {
    const variable = error.path.split('/')[1] ?? '(unknown)'
    const schema = (ConfigSchema.properties as Record<string, TSchema>)[variable]
    if (!bad.has(variable)) bad.set(variable, refusalMessage(variable, raw[variable], schema))
  }
  const [first, ...others] = bad
  if (first !== undefined) throw new ConfigError(...first, others)
  const config = Value.Decode(ConfigSchema, withDefaults)
  checkConsistency(config)
  return config
}

/** Rules that span several variables, which a per-field schema cannot say. */
function checkConsistency (config: Config): void {
  const production = config.NODE_ENV === 'production'
  if (config.UPSTREAM_URL === undefined && production) {
    throw new ConfigError('UPSTREAM_URL', 'is required when NODE_ENV=production (the built-in sandbox upstream is for development only)')
  }
  if (config.UPSTREAM_URL !== undefined) {
    if (config.UPSTREAM_USERNAME === '') throw new ConfigError('UPSTREAM_USERNAME', 'is required when UPSTREAM_URL is set')
    if (config.UPSTREAM_PASSWORD === '') throw new ConfigError('UPSTREAM_PASSWORD', 'is required when UPSTREAM_URL is set')
  }
  if (config.UPSTREAM_PASSWORD_ENCODING === 'verycloud' && !canEncodePassword(config.UPSTREAM_PASSWORD)) {
    throw new ConfigError('UPSTREAM_PASSWORD', 'cannot be carried by the VeryCloud password cipher: its base64 form contains "+", which the cipher\'s alphabet lacks. Choose another password or set UPSTREAM_PASSWORD_ENCODING=none if the upstream accepts it as it is')
  }
  if (config.RELAY_RETRY_SCHEDULE_MS.length === 0) {
    throw new ConfigError('RELAY_RETRY_SCHEDULE_MS', 'must list at least one delay')
  }
}
