import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeMachine } from './machine.js'
import { PORTS } from './ports.js'
import { machineLine, median } from './report.js'
import { stop, waitForHttp } from './processes.js'

/**
 * How long `npm start` takes until GET /healthz answers, as a newcomer
 * meets it: the built gateway on the built-in sandbox, at the default
 * LOG_LEVEL. Measured for the first start on an empty DATA_DIR (it creates
 * the database and the master key) and for restarts on the same one, next
 * to `node dist/src/server.js` without npm and to a Node process that does
 * nothing, which is this machine's floor.
 *
 *   npm run build && npx tsx bench/startup.ts [restarts]
 */

const restarts = Number(process.argv[2] ?? 5)
const port = PORTS.gatewayStartup
const healthz = `http://127.0.0.1:${port}/healthz`

/** Milliseconds from spawning `command` to the first answer from /healthz (it answers 200 once listening). */
async function timeToHealthy (command: string, args: string[], dataDir: string): Promise<number> {
  const started = performance.now()
  const child = spawn(command, args, {
    stdio: 'ignore',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
  })
  try {
    await waitForHttp(healthz, { intervalMs: 5, timeoutMs: 30_000 })
    return performance.now() - started
  } finally {
    await stop(child)
  }
}

function nodeDoingNothing (): number {
  const started = performance.now()
  spawnSync(process.execPath, ['-e', '0'])
  return performance.now() - started
}

const summary = (values: number[]) => `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`

const dir = mkdtempSync(join(tmpdir(), 'gateway-startup-'))
try {
  const floor = Array.from({ length: restarts }, nodeDoingNothing)
  const firstStart = await timeToHealthy('npm', ['start', '--silent'], join(dir, 'data'))
  const npmRestarts: number[] = []
  const nodeRestarts: number[] = []
  for (let round = 0; round < restarts; round++) {
    npmRestarts.push(await timeToHealthy('npm', ['start', '--silent'], join(dir, 'data')))
    nodeRestarts.push(await timeToHealthy(process.execPath, ['dist/src/server.js'], join(dir, 'data')))
  }
  console.log(`${machineLine(describeMachine())}\n`)
  console.log('| start | until GET /healthz answers 200: median (min–max) |')
  console.log('|---|---|')
  console.log(`| \`npm start\`, first start on an empty DATA_DIR | ${firstStart.toFixed(0)} ms |`)
  console.log(`| \`npm start\`, restart (${restarts}×) | ${summary(npmRestarts)} |`)
  console.log(`| \`node dist/src/server.js\`, restart (${restarts}×) | ${summary(nodeRestarts)} |`)
  console.log(`| \`node -e 0\`, the machine's floor (${restarts}×) | ${summary(floor)} |`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
