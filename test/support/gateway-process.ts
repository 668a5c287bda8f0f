import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { TEST_ADMIN_TOKEN } from '../helper.js'

/**
 * A real gateway process (src/server.ts through tsx) on a free loopback
 * port, as an operator runs one: for tests that kill it (what survives a
 * SIGKILL is only what the store holds) and tests that run several on one
 * PostgreSQL and one Redis. Killed at teardown if still running.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface GatewayProcess {
  child: ChildProcess
  origin: string
  exited: Promise<void>
  /** What the process wrote to stderr so far (its warnings and errors). */
  stderr: () => string
}

async function freePort (): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const address = probe.address()
  await new Promise((resolve) => probe.close(resolve))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

export async function startGatewayProcess (t: { teardown: (fn: () => unknown) => void }, env: Record<string, string>): Promise<GatewayProcess> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      GATEWAY_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      ...env,
      // tap instruments children too; this one runs the sources through tsx, whose
      // coverage of the same files would replace, not add to, the in-process runs'.
      _TAPJS_PROCESSINFO_COVERAGE_: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  t.teardown(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    await exited
  })
  const origin = `http://127.0.0.1:${port}`
  // Two cores shared with the rest of the suite: a tsx start can take a while.
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw Object.assign(new Error(`gateway exited with ${child.exitCode}: ${stderr}`), { exitCode: child.exitCode, stderr })
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return { child, origin, exited, stderr: () => stderr }
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`gateway did not start: ${stderr}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
