import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t, { type Test } from 'tap'

/**
 * src/server.ts as an operator starts it: what they must fix is one line on
 * stderr naming the variable, with exit code 78 (EX_CONFIG), and `.env` in
 * the working directory is read, with the environment winning.
 */

const SERVER = fileURLToPath(new URL('../src/server.ts', import.meta.url))
const TSX = import.meta.resolve('tsx')
// tap instruments children too; their coverage of the same files would replace the in-process runs'.
const BASE_ENV = { PATH: process.env.PATH ?? '', _TAPJS_PROCESSINFO_COVERAGE_: '0' }

function dataDir (t: Test): string {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-server-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

interface Exit { code: number | null, stderr: string, stdout: string }

function startServer (env: Record<string, string>, cwd: string, untilOutput?: RegExp): Promise<Exit> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', TSX, SERVER], { cwd, env: { ...BASE_ENV, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr })
    })
    if (untilOutput !== undefined) child.stdout?.on('data', (chunk: Buffer) => { if (untilOutput.test(chunk.toString())) child.kill('SIGTERM') })
  })
}

/** Refused before starting: exit 78 and one line per bad variable on stderr, nothing else. */
const oneLine = (t: Test, exit: Exit, lines = 1) => {
  t.equal(exit.code, 78, 'exit code 78 (EX_CONFIG)')
  t.equal(exit.stderr.trim().split('\n').length, lines, `${lines} line(s) on stderr: ${exit.stderr}`)
  t.notMatch(exit.stderr, /\bat .*\.(ts|js):\d+/, 'no stack trace')
  t.equal(exit.stdout, '', 'nothing logged: the gateway never started')
}

t.test('a bad variable: one line naming it, with what is accepted', async (t) => {
  const exit = await startServer({ NODE_ENV: 'prod', DATA_DIR: dataDir(t), LOG_LEVEL: 'silent' }, t.testdir())
  oneLine(t, exit)
  t.match(exit.stderr, /^Invalid configuration: NODE_ENV is "prod", which is not accepted\. Accepted: one of development, production, test/)
})

t.test('a port in use: one line naming PORT', async (t) => {
  const holder = createServer()
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve))
  t.teardown(() => holder.close())
  const { port } = holder.address() as AddressInfo
  const data = dataDir(t)
  const exit = await startServer({ PORT: String(port), DATA_DIR: data, LOG_LEVEL: 'info' }, t.testdir())
  oneLine(t, exit)
  t.match(exit.stderr, new RegExp(`^Invalid configuration: PORT ${port} on HOST 127\\.0\\.0\\.1 is already in use by another process`))
  t.strictSame(readdirSync(data), [], 'found before anything was built: no store, no master key in DATA_DIR')
})

t.test('a PostgreSQL DATABASE_URL that cannot be opened: one line naming it, password hidden', async (t) => {
  // Port 1 on loopback: nothing listens there, so a connection is refused at once.
  const exit = await startServer({ DATABASE_URL: 'postgres://gateway:not-this-one@127.0.0.1:1/gateway', DATA_DIR: dataDir(t), LOG_LEVEL: 'silent' }, t.testdir())
  oneLine(t, exit)
  t.match(exit.stderr, /^Invalid configuration: DATABASE_URL \(postgres:\/\/gateway:\*\*\*@127\.0\.0\.1:1\/gateway\) cannot be opened: /)
  t.notMatch(exit.stderr, /not-this-one/)
})

t.test('.env in the working directory is read; the environment wins over it', async (t) => {
  const cwd = t.testdir()
  writeFileSync(join(cwd, '.env'), 'LOG_LEVEL=verbose\nRATE_LIMIT_WINDOW=banana\n')
  const fromFile = await startServer({ DATA_DIR: dataDir(t) }, cwd)
  oneLine(t, fromFile, 2)
  t.match(fromFile.stderr, /LOG_LEVEL is "verbose"/, 'the value came from .env')
  t.match(fromFile.stderr, /RATE_LIMIT_WINDOW is "banana"/, 'and so did the other, named in the same run')

  const overridden = await startServer({ DATA_DIR: dataDir(t), LOG_LEVEL: 'info', RATE_LIMIT_WINDOW: '1 minute', PORT: '0' }, cwd, /Server listening/)
  t.equal(overridden.code, 0, `started with the environment's values, then stopped by SIGTERM: ${overridden.stderr}`)
  t.match(overridden.stdout, /read variables from \.env/, 'says it read .env')
})
