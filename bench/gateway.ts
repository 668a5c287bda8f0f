import { spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BARE_ROUTE_PATHS, answerFileOf } from './baselines/start.js'
import { sleep, startNode, waitForHttp } from './processes.js'

/**
 * The gateway as a user runs it: the built dist, default settings but for
 * where it listens and what it calls, LOG_LEVEL=info with its log written
 * to a file, and one API key with a whitelist, created with the CLI before
 * start (so a burst right after start meets a cold key cache and no token).
 * The rate limit is the default limiter, set high enough never to trigger.
 */

export interface GatewayOptions {
  port: number
  upstreamUrl: string
  /** Its DATA_DIR and log file live here. */
  dir: string
  env?: Record<string, string>
  nodeArgs?: string[]
}

export interface Gateway {
  process: ChildProcess
  url: string
  headers: Record<string, string>
  logFile: string
}

const GATEWAY_ENV = {
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info',
  UPSTREAM_USERNAME: 'bench',
  UPSTREAM_PASSWORD: 'bench-password',
  RATE_LIMIT_MAX: '1000000000',
}

export async function startGateway ({ port, upstreamUrl, dir, env = {}, nodeArgs }: GatewayOptions): Promise<Gateway> {
  const settings = { ...GATEWAY_ENV, PORT: String(port), UPSTREAM_URL: upstreamUrl, DATA_DIR: join(dir, 'data'), ...env }
  const headers = createKey(settings)
  const logFile = join(dir, 'gateway.log')
  const child = startNode({ script: 'dist/src/server.js', env: settings, logFile, nodeArgs })
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/healthz`)
  await schemasCompiled(logFile, settings.LOG_LEVEL)
  return { process: child, url, headers, logFile }
}

/**
 * The gateway compiles its schemas in the background once it listens (for
 * seconds on a slow machine): a measurement starts once its log says it is done,
 * so it measures the steady state, not the compiler.
 */
async function schemasCompiled (logFile: string, logLevel: string, timeoutMs = 60_000): Promise<void> {
  // Above info that line is not written: a fixed wait, longer than compiling takes here, stands in for it.
  if (!['info', 'debug', 'trace'].includes(logLevel)) {
    await sleep(15_000)
    return
  }
  const deadline = Date.now() + timeoutMs
  while (!readFileSync(logFile, 'utf8').includes('"msg":"every schema is compiled"')) {
    if (Date.now() > deadline) throw new Error(`the gateway did not finish compiling its schemas in ${timeoutMs} ms (no line in ${logFile})`)
    await sleep(100)
  }
}

function createKey (env: Record<string, string>): Record<string, string> {
  const created = spawnSync(process.execPath, ['dist/src/cli.js', 'keys', 'create', '--scopes', 'read', '--ip', '10.0.0.0/8,127.0.0.1', '--note', 'bench'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  })
  if (created.status !== 0) throw new Error(`could not create the bench key: ${created.stderr}`)
  const key = JSON.parse(created.stdout) as { secretId: string, secretKey: string }
  return { authorization: `Bearer ${key.secretId}.${key.secretKey}` }
}

/**
 * What the gateway answers on each of BARE_ROUTE_PATHS, written to
 * `answersDir` for the bare route to serve the same bytes. GET
 * /cdn/price-tiers answers once the synced catalog is filled, in the
 * background after start.
 */
export async function copyGatewayAnswers (gateway: Gateway, answersDir: string): Promise<string> {
  mkdirSync(answersDir, { recursive: true })
  for (const path of BARE_ROUTE_PATHS) writeFileSync(join(answersDir, answerFileOf(path)), await answerOf(gateway, path))
  return answersDir
}

async function answerOf (gateway: Gateway, path: string): Promise<string> {
  let answer = { status: 0, body: '' }
  for (let attempt = 0; attempt < 100; attempt++) {
    const response = await fetch(`${gateway.url}${path}`, { headers: gateway.headers })
    answer = { status: response.status, body: await response.text() }
    if (answer.status === 200) return answer.body
    await sleep(100)
  }
  throw new Error(`GET ${path} never answered 200; the last answer: ${answer.status} ${answer.body}`)
}
