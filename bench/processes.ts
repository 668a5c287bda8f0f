import { spawn, type ChildProcess } from 'node:child_process'
import { openSync, readFileSync } from 'node:fs'

/** Starting, watching and stopping the servers of a run. */

const started: ChildProcess[] = []
process.on('exit', () => { for (const child of started) child.kill('SIGTERM') })

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export interface ServerSpec {
  /** A script run with node (TypeScript through tsx's loader). */
  script: string
  env: Record<string, string>
  /** Where stdout goes (the gateway's log); discarded when undefined. */
  logFile?: string
  nodeArgs?: string[]
}

export function startNode ({ script, env, logFile, nodeArgs = [] }: ServerSpec): ChildProcess {
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : []
  const stdout = logFile === undefined ? 'ignore' : openSync(logFile, 'a')
  // Only what the process needs: no stray variable of the caller's shell changes the server under test.
  const child = spawn(process.execPath, [...nodeArgs, ...loader, script], {
    stdio: ['ignore', stdout, 'inherit'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  })
  started.push(child)
  return child
}

export function track (child: ChildProcess): ChildProcess {
  started.push(child)
  return child
}

export async function stop (child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await Promise.race([exited, sleep(5_000)])
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
}

export async function stopAll (): Promise<void> {
  await Promise.all(started.map(stop))
}

/** Until `url` answers below 500; `intervalMs` is how often it asks (start-up timing wants it short). */
export async function waitForHttp (url: string, { intervalMs = 50, timeoutMs = 10_000 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      await response.arrayBuffer()
      if (response.status < 500) return
    } catch { /* not up yet */ }
    await sleep(intervalMs)
  }
  throw new Error(`${url} did not come up`)
}

export function rssMiB (child: ChildProcess): number {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024
  } catch {
    return Number.NaN
  }
}

/** User + system CPU seconds a process has used so far (Linux /proc, in clock ticks of 1/100 s); NaN once it is gone. */
export function cpuSeconds (child: ChildProcess): number {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return Number.NaN
  }
}
