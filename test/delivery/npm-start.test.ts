import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'

/**
 * `npm ci && npm start` as a newcomer runs it: the build happens once at
 * install (`prepare`), `npm start` runs the compiled server with no build
 * step, and a `kill` of the npm process stops the gateway too.
 */

const root = new URL('../../', import.meta.url).pathname
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }

t.test('the build runs at install, not at start', async (t) => {
  t.equal(packageJson.scripts.prepare, 'npm run build', 'npm ci and npm install run `prepare`')
  t.notOk(packageJson.scripts.prestart, 'no build before every start')
  t.notMatch(packageJson.scripts.start, /tsc|build/, 'start does not compile')
  t.match(packageJson.scripts.start, /^exec node /, 'the shell npm starts is replaced by node, so signals reach it')
})

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

t.test('npm run dev runs the sources in one process, so signals reach it too', async (t) => {
  t.match(packageJson.scripts.dev, /^exec node --import tsx src\/server\.ts$/)
})

// `npm start` runs the build; `npm run dev` the sources through tsx, in the same one process.
for (const script of ['start', 'dev'] as const) t.test(`kill of the npm ${script} process stops the gateway`, async (t) => {
  // A fresh clone has dist/ from `npm ci`; a working tree without it gets the same build.
  if (script === 'start' && !existsSync(join(root, 'dist/src/server.js'))) t.equal(spawnSync('npm', ['run', 'build'], { cwd: root }).status, 0, 'built')
  const dataDir = mkdtempSync(join(tmpdir(), `gateway-npm-${script}-`))
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))

  const npm = spawn('npm', ['run', script, '--silent'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info', _TAPJS_PROCESSINFO_COVERAGE_: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  npm.stdout.on('data', (chunk: Buffer) => { output += chunk.toString() })
  npm.stderr.on('data', (chunk: Buffer) => { output += chunk.toString() })
  const npmExited = new Promise((resolve) => npm.on('exit', resolve))

  let listening: { pid: number, url: string } | undefined
  while (listening === undefined && npm.exitCode === null) {
    const line = output.split('\n').find((entry) => entry.includes('Server listening at'))
    if (line !== undefined) {
      const entry = JSON.parse(line) as { pid: number, msg: string }
      listening = { pid: entry.pid, url: entry.msg.replace('Server listening at ', '') }
    } else {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  if (listening === undefined) return t.fail(`the gateway did not start: ${output}`)
  t.teardown(() => { if (alive(listening.pid)) process.kill(listening.pid, 'SIGKILL') })
  t.equal((await fetch(`${listening.url}/healthz`)).status, 200, 'the gateway answers')

  npm.kill('SIGTERM')
  await npmExited
  // Draining takes at most its 10 s grace; a gateway that never got the signal stays up past it.
  for (let waited = 0; waited < 15_000 && alive(listening.pid); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
  t.notOk(alive(listening.pid), 'the gateway process is gone')
  t.match(output, /closing: draining in-flight requests/, 'it received the signal and drained')
  t.equal(await fetch(`${listening.url}/healthz`).then(() => 'answered', () => 'refused'), 'refused', 'nothing listens any more')
})
