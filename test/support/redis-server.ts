import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A real redis-server for tests: TEST_REDIS_URL when set (CI starts one),
 * else one started per test file on 127.0.0.1 (a port the system hands out
 * as free, no persistence, a throwaway directory). Where redis-server is not
 * installed, `redisSkip` says so and the tests that need it are skipped.
 */

/**
 * Ports the kernel says are free right now. Never a fixed range: a fixed range
 * can meet the shared services of scripts/test-services.sh, or a server left
 * behind by a killed test process, and then a whole run fails to start.
 */
async function freePorts (count: number): Promise<number[]> {
  const ports: number[] = []
  for (let index = 0; index < count; index++) {
    const probe = createServer()
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject)
      probe.listen(0, '127.0.0.1', () => resolve())
    })
    const address = probe.address()
    await new Promise((resolve) => probe.close(resolve))
    if (address !== null && typeof address === 'object') ports.push(address.port)
  }
  return ports
}

function redisServerMissing (): string | false {
  const probe = spawnSync('redis-server', ['--version'], { stdio: 'ignore' })
  return probe.error === undefined && probe.status === 0
    ? false
    : 'redis-server is not installed: install it (Debian: apt-get install redis-server) or set TEST_REDIS_URL=redis://… to run the Redis tests'
}

/** For `t.test(name, { skip: redisSkip }, …)`: false when a Redis can be had. */
export const redisSkip: string | false = process.env.TEST_REDIS_URL !== undefined && process.env.TEST_REDIS_URL !== '' ? false : redisServerMissing()

/** A key prefix no other app or test uses, so tests sharing one Redis stay apart. */
export const freshRedisPrefix = () => `vcgw-test-${randomUUID().slice(0, 8)}:`

export interface TestRedis {
  url: string
  prefix: string
}

export interface OwnRedis extends TestRedis {
  port: number
  /**
   * Stops the server (SIGTERM, waits for exit): Redis "goes down". The port
   * stays held (connections are dropped at once), so no other test file's
   * server can take it before `start`.
   */
  stop: () => Promise<void>
  /** Starts it again on the same port, empty. */
  start: () => Promise<void>
}

type Teardown = { teardown: (fn: () => unknown) => void }

/** The shared TEST_REDIS_URL when set, else a server of this file's own. */
export async function testRedis (t: Teardown): Promise<TestRedis> {
  const shared = process.env.TEST_REDIS_URL
  if (shared !== undefined && shared !== '') return { url: shared, prefix: freshRedisPrefix() }
  return startOwnRedis(t)
}

/** Always a server of its own: for tests that stop and restart it. */
export async function startOwnRedis (t: Teardown): Promise<OwnRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'vcgw-redis-'))
  let child: ChildProcess | undefined
  let placeholder: Server | undefined
  let port = 0

  const launch = async (candidates: number[]): Promise<void> => {
    for (const candidate of candidates) {
      const started = await launchOn(candidate, dir)
      if (started !== undefined) {
        child = started
        port = candidate
        return
      }
    }
    throw new Error(`could not start redis-server on any of ports ${candidates.join(', ')}`)
  }
  const kill = async () => {
    const running = child
    child = undefined
    if (running === undefined || running.exitCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGTERM')
    await exited
  }
  const release = async () => {
    const held = placeholder
    placeholder = undefined
    if (held !== undefined) await new Promise((resolve) => held.close(resolve))
  }

  await launch(await freePorts(5))
  t.teardown(async () => {
    await kill()
    await release()
    rmSync(dir, { recursive: true, force: true })
  })
  return {
    url: `redis://127.0.0.1:${port}`,
    prefix: freshRedisPrefix(),
    get port () { return port },
    stop: async () => {
      await kill()
      placeholder = await holdPort(port)
    },
    start: async () => {
      await release()
      await launch([port])
    },
  }
}

/** Accepts on the port and drops each connection at once: what a client sees of a Redis that is gone. */
async function holdPort (port: number): Promise<Server> {
  const server = createServer((socket) => { socket.destroy() })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return server
}

/** Resolves to the running server, or undefined when the port was taken. */
function launchOn (port: number, dir: string): Promise<ChildProcess | undefined> {
  const child = spawn('redis-server', [
    '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no',
    '--dir', dir, '--logfile', '', '--daemonize', 'no',
  ], { stdio: ['ignore', 'pipe', 'ignore'] })
  return new Promise((resolve) => {
    let output = ''
    const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(undefined) }, 10_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer)
        child.stdout?.removeAllListeners('data')
        child.stdout?.resume()
        resolve(child)
      }
    })
    child.once('exit', () => { clearTimeout(timer); resolve(undefined) })
  })
}
