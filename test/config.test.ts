import t from 'tap'
import { ConfigError, loadConfig } from '../src/config.js'

t.test('defaults are those docs/configuration.md states', async (t) => {
  const config = loadConfig({})
  t.equal(config.HOST, '127.0.0.1')
  t.equal(config.PORT, 3000)
  t.equal(config.UPSTREAM_URL, undefined)
  t.equal(config.UPSTREAM_PASSWORD_ENCODING, 'verycloud')
  t.equal(config.UPSTREAM_TIMEOUT_MS, 10_000)
  t.equal(config.TOKEN_REFRESH_MARGIN_S, 300)
  t.equal(config.TOKEN_DEFAULT_TTL_S, 7200)
  t.same(config.ADMIN_IP_WHITELIST, ['127.0.0.1', '::1'])
  t.same(config.TRUST_PROXY, [])
  t.equal(config.RATE_LIMIT_MAX, 600)
  t.equal(config.RATE_LIMIT_WINDOW, '1 minute')
  t.equal(config.DATA_DIR, './data')
  t.same(config.RELAY_RETRY_SCHEDULE_MS, [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000])
  t.equal(config.RELAY_ALLOW_PRIVATE, false)
  t.equal(config.SYNC_INTERVAL_S, 3600)
  t.equal(config.LOG_LEVEL, 'info')
  t.equal(config.IDEMPOTENCY_TTL_S, 86_400)
  t.equal(config.AUDIT_RETENTION_DAYS, 400)
  t.equal(config.UPSTREAM_MAX_ANSWER_BYTES, 8_388_608)
})

t.test('values are converted and lists split', async (t) => {
  const config = loadConfig({
    PORT: '8080',
    UPSTREAM_URL: 'https://api3.verycloud.cn',
    UPSTREAM_USERNAME: 'u',
    UPSTREAM_PASSWORD: 'p',
    UPSTREAM_TOKEN_ERROR_CODES: '10001, 10002',
    TRUST_PROXY: '10.0.0.0/8, 192.168.1.1',
    RELAY_RETRY_SCHEDULE_MS: '50,100',
    RELAY_ALLOW_PRIVATE: 'true',
  })
  t.equal(config.PORT, 8080)
  t.same([...config.UPSTREAM_TOKEN_ERROR_CODES], [10001, 10002])
  t.same(config.TRUST_PROXY, ['10.0.0.0/8', '192.168.1.1'])
  t.same(config.RELAY_RETRY_SCHEDULE_MS, [50, 100])
  t.equal(config.RELAY_ALLOW_PRIVATE, true)
})

const refusal = (env: Record<string, string>, variable: string, pattern: RegExp) =>
  t.test(`refuses ${JSON.stringify(env)} naming ${variable}`, async (t) => {
    const error = t.throws(() => loadConfig(env)) as unknown as ConfigError
    t.type(error, ConfigError)
    t.equal(error.variable, variable)
    t.match(error.message, pattern)
  })

refusal({ PORT: 'eighty' }, 'PORT', /PORT/)
refusal({ PORT: '70000' }, 'PORT', /PORT/)
refusal({ UPSTREAM_TIMEOUT_MS: '-1' }, 'UPSTREAM_TIMEOUT_MS', /UPSTREAM_TIMEOUT_MS/)
refusal({ UPSTREAM_PASSWORD_ENCODING: 'base64' }, 'UPSTREAM_PASSWORD_ENCODING', /UPSTREAM_PASSWORD_ENCODING/)
refusal({ UPSTREAM_URL: 'ftp://x' }, 'UPSTREAM_URL', /UPSTREAM_URL/)
refusal({ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /LOG_LEVEL/)
refusal({ RELAY_ALLOW_PRIVATE: 'yes' }, 'RELAY_ALLOW_PRIVATE', /RELAY_ALLOW_PRIVATE/)
refusal({ RELAY_RETRY_SCHEDULE_MS: '5s,10s' }, 'RELAY_RETRY_SCHEDULE_MS', /RELAY_RETRY_SCHEDULE_MS/)
refusal({ NODE_ENV: 'production' }, 'UPSTREAM_URL', /required when NODE_ENV=production/)
refusal({ UPSTREAM_URL: 'https://api3.verycloud.cn', UPSTREAM_PASSWORD: 'p' }, 'UPSTREAM_USERNAME', /required/)
refusal({ UPSTREAM_URL: 'https://api3.verycloud.cn', UPSTREAM_USERNAME: 'u', UPSTREAM_PASSWORD: '>>>' }, 'UPSTREAM_PASSWORD', /cannot be carried by the VeryCloud password cipher/)

t.test('a password the cipher cannot carry is accepted with UPSTREAM_PASSWORD_ENCODING=none', async (t) => {
  const config = loadConfig({ UPSTREAM_URL: 'https://x.example', UPSTREAM_USERNAME: 'u', UPSTREAM_PASSWORD: '>>>', UPSTREAM_PASSWORD_ENCODING: 'none' })
  t.equal(config.UPSTREAM_PASSWORD, '>>>')
})

t.test('a refused secret is not echoed in the message', async (t) => {
  const error = t.throws(() => loadConfig({ GATEWAY_ADMIN_TOKEN: 'short-secret' })) as unknown as ConfigError
  t.equal(error.variable, 'GATEWAY_ADMIN_TOKEN')
  t.notMatch(error.message, /short-secret/)
})

/** What a newcomer gets wrong first: each refusal names the variable, lists what is accepted and gives a value to copy, never a regex. */
const explained = (env: Record<string, string>, accepted: RegExp, example: RegExp) => {
  const [variable] = Object.keys(env) as [string]
  t.test(`${variable}=${env[variable]} is refused with what is accepted`, async (t) => {
    const error = t.throws(() => loadConfig(env)) as unknown as ConfigError
    t.type(error, ConfigError)
    t.equal(error.variable, variable)
    t.match(error.message, new RegExp(`^Invalid configuration: ${variable} `))
    t.match(error.message, accepted, 'says what is accepted')
    t.match(error.message, example, 'gives an example or a way to make one')
    t.notMatch(error.message, /\^|\\s|\\d|Expected union value|must match pattern/, 'no regex or validator jargon')
    t.notOk(error.message.includes('\n'), 'one line')
  })
}

explained({ RATE_LIMIT_WINDOW: 'banana' }, /Accepted: a number and a unit \(ms, second, minute, hour or day/, /example: RATE_LIMIT_WINDOW=1 minute/)
explained({ LOG_LEVEL: 'verbose' }, /"verbose".*Accepted: one of fatal, error, warn, info, debug, trace, silent/, /example: LOG_LEVEL=info/)
explained({ UPSTREAM_PASSWORD_ENCODING: 'plain' }, /"plain".*Accepted: one of verycloud, none/, /example: UPSTREAM_PASSWORD_ENCODING=verycloud/)
explained({ GATEWAY_ENCRYPTION_KEY: 'abc' }, /Accepted: the base64 of 32 random bytes/, /make one with: openssl rand -base64 32/)
explained({ NODE_ENV: 'prod' }, /"prod".*Accepted: one of development, production, test/, /example: NODE_ENV=development/)
explained({ PORT: 'eighty' }, /Accepted: a whole number from 0 to 65535/, /example: PORT=3000/)
explained({ TOKEN_DEFAULT_TTL_S: '0' }, /is 0, .*Accepted: a whole number, at least 1/, /example: TOKEN_DEFAULT_TTL_S=7200/)
explained({ UPSTREAM_URL: 'api3.verycloud.cn' }, /Accepted: a URL starting with http:\/\/ or https:\/\//, /example: UPSTREAM_URL=https:\/\/api3\.verycloud\.cn/)
explained({ GATEWAY_ADMIN_TOKEN: 'too-short' }, /Accepted: text of at least 16 characters/, /make one with: openssl rand/)
explained({ RELAY_ALLOW_PRIVATE: 'yes' }, /Accepted: true, false, 1 or 0/, /example: RELAY_ALLOW_PRIVATE=false/)
// The embedded store is always DATA_DIR/gateway.sqlite: a file URL would otherwise be silently ignored.
explained({ DATABASE_URL: 'sqlite:///srv/gateway.sqlite' }, /Accepted: a URL starting with postgres:\/\/ or postgresql:\/\/, or nothing for the embedded store in DATA_DIR/, /example: DATABASE_URL=postgres:\/\//)
explained({ CORS_ORIGINS: 'https://console.example.com/app' }, /Accepted: a comma list of origins/, /example: CORS_ORIGINS=https:\/\/console\.example\.com/)
explained({ UPSTREAM_TOKEN_ERROR_CODES: 'expired' }, /Accepted: a comma list of whole numbers/, /example: UPSTREAM_TOKEN_ERROR_CODES=10001,10002/)

t.test('NODE_ENV takes only the three words it acts on', async (t) => {
  for (const word of ['development', 'test']) t.equal(loadConfig({ NODE_ENV: word }).NODE_ENV, word)
  const error = t.throws(() => loadConfig({ NODE_ENV: 'staging' }), 'a typo never runs the sandbox silently') as unknown as ConfigError
  t.equal(error.variable, 'NODE_ENV')
})

t.test('a password inside a refused URL is not echoed', async (t) => {
  const error = t.throws(() => loadConfig({ DATABASE_URL: 'mysql://gateway:hunter2-secret@db/gateway' })) as unknown as ConfigError
  t.equal(error.variable, 'DATABASE_URL')
  t.notMatch(error.message, /hunter2/)
  t.match(error.message, /mysql:\/\/gateway:\*\*\*@db\/gateway/)
})

t.test('CORS_ORIGINS is a list of origins, unset by default', async (t) => {
  t.same(loadConfig({}).CORS_ORIGINS, [])
  t.same(loadConfig({ CORS_ORIGINS: 'https://console.example.com, http://localhost:5173' }).CORS_ORIGINS, ['https://console.example.com', 'http://localhost:5173'])
  t.same(loadConfig({ CORS_ORIGINS: '*' }).CORS_ORIGINS, ['*'])
})

t.test('REDIS_KEY_PREFIX defaults to vcgw: and takes only key-safe characters', async (t) => {
  t.equal(loadConfig({}).REDIS_KEY_PREFIX, 'vcgw:')
  t.equal(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: 'gw-prod:' }).REDIS_KEY_PREFIX, 'gw-prod:')
  const error = t.throws(() => loadConfig({ REDIS_KEY_PREFIX: 'has space' })) as unknown as ConfigError
  t.equal(error.variable, 'REDIS_KEY_PREFIX')
})

t.test('idempotency, audit and answer-size limits refuse nonsense', async (t) => {
  for (const [variable, value] of [['IDEMPOTENCY_TTL_S', '10'], ['AUDIT_RETENTION_DAYS', '0'], ['UPSTREAM_MAX_ANSWER_BYTES', 'lots']] as const) {
    const error = t.throws(() => loadConfig({ [variable]: value })) as unknown as ConfigError
    t.equal(error.variable, variable)
  }
  t.equal(loadConfig({ IDEMPOTENCY_TTL_S: '3600' }).IDEMPOTENCY_TTL_S, 3600)
})

t.test('every bad variable is named at once, one line each, so one restart shows them all', async (t) => {
  const error = t.throws(() => loadConfig({ LOG_LEVEL: 'verbose', NODE_ENV: 'prod', PORT: 'x' })) as Error & { variable?: string }
  const lines = error.message.split('\n')
  t.equal(lines.length, 3)
  for (const variable of ['NODE_ENV', 'PORT', 'LOG_LEVEL']) t.ok(lines.some((line) => line.startsWith(`Invalid configuration: ${variable} is `)), variable)
  t.equal(error.variable, 'NODE_ENV', 'the first is the error\'s variable')
})
