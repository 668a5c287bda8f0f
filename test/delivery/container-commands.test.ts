import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { startFakeUpstream } from '../support/fake-upstream.js'

/**
 * No Docker engine runs here, so the Dockerfile's own commands are run
 * instead: the build, the start command with the image's environment,
 * its HEALTHCHECK, and a SIGTERM drain.
 */

const root = new URL('../../', import.meta.url).pathname
// tap instruments children; these run other builds of the same sources, whose coverage would replace the in-process runs'.
const NO_COVERAGE = { PATH: process.env.PATH, _TAPJS_PROCESSINFO_COVERAGE_: '0' }
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8')
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }

async function freePort (): Promise<number> {
  return await new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0))
    })
  })
}

t.test('the Dockerfile is multi-stage, non-root, listens on 0.0.0.0 and checks /healthz', async (t) => {
  t.equal(dockerfile.match(/^FROM /gm)?.length, 2, 'two stages')
  t.match(dockerfile, /^USER node$/m)
  t.match(dockerfile, /HOST=0\.0\.0\.0/)
  t.match(dockerfile, /^HEALTHCHECK .*\n?.*\/healthz/m)
  // npm ci runs `prepare` (the build), so the sources are copied in first.
  t.match(dockerfile, /COPY src \.\/src\n(.*\n)*RUN npm ci && npm prune --omit=dev\n/)
  t.equal(packageJson.scripts.prepare, 'npm run build', 'npm ci builds')
  t.match(dockerfile, /CMD \["node", "dist\/src\/server\.js"\]/)
  t.equal(packageJson.scripts.start, 'exec node dist/src/server.js', 'npm start runs what the image runs')
})

interface StartedServer { port: number, output: () => string, exited: Promise<number | null>, stop: (signal: NodeJS.Signals) => void }

async function startCompiled (t: Test, outDir: string, extraEnv: Record<string, string>): Promise<StartedServer> {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'gateway-data-'))
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))
  const env = { ...NO_COVERAGE, NODE_ENV: 'development', HOST: '0.0.0.0', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'info', ...extraEnv }
  const server = spawn(process.execPath, [join(outDir, 'src/server.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  server.stdout.on('data', (chunk: Buffer) => { output += chunk.toString() })
  server.stderr.on('data', (chunk: Buffer) => { output += chunk.toString() })
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)))
  t.teardown(() => { server.kill('SIGKILL') })
  let healthy = false
  for (let attempt = 0; attempt < 100 && !healthy; attempt++) {
    healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then((response) => response.ok, () => false)
    if (!healthy) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  t.ok(healthy, 'the server answers /healthz')
  return { port, output: () => output, exited, stop: (signal) => server.kill(signal) }
}

t.test('the build and start commands work, the health check passes, SIGTERM drains', async (t) => {
  // Inside the repo so the compiled files resolve node_modules as dist/ does.
  const outDir = mkdtempSync(join(root, '.build-test-'))
  t.teardown(() => rmSync(outDir, { recursive: true, force: true }))

  // The image's build (`prepare`: `npm run build`), into a scratch directory so the working tree's dist/ is left alone.
  const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: root, encoding: 'utf8' })
  t.equal(build.status, 0, build.stdout + build.stderr)
  // Its second step: the console's browser code, where the compiled gateway reads it (<outDir>/console).
  t.match(packageJson.scripts.build, /&& tsx src\/console\/build\.ts dist\/console$/)
  const consoleBuild = spawnSync('npx', ['tsx', 'src/console/build.ts', join(outDir, 'console')], { cwd: root, encoding: 'utf8', env: NO_COVERAGE })
  t.equal(consoleBuild.status, 0, consoleBuild.stdout + consoleBuild.stderr)

  t.test('on the sandbox: announced loudly, HEALTHCHECK passes, SIGTERM exits 0', async (t) => {
    const server = await startCompiled(t, outDir, {})
    t.match(server.output(), /BUILT-IN SANDBOX/, 'the sandbox is announced loudly')
    const consolePage = await fetch(`http://127.0.0.1:${server.port}/console`)
    t.equal(consolePage.status, 200, 'the compiled gateway serves the console from its build')
    t.match(await consolePage.text(), /<script type="module" src="\/console\/main\.js">/)
    t.equal((await fetch(`http://127.0.0.1:${server.port}/console/main.js`)).status, 200)
    // The HEALTHCHECK's own command, with the image's PORT.
    const healthcheck = /CMD \["node", "-e", "(.*)"\]\n/.exec(dockerfile.split('HEALTHCHECK')[1] ?? '')?.[1]?.replaceAll('\\"', '"')
    t.ok(healthcheck, 'the HEALTHCHECK command is found')
    const probe = spawnSync(process.execPath, ['-e', String(healthcheck)], { env: { ...process.env, PORT: String(server.port) } })
    t.equal(probe.status, 0, 'HEALTHCHECK passes')
    server.stop('SIGTERM')
    t.equal(await server.exited, 0, 'the process exits cleanly')
  })

  t.test('a request in flight when SIGTERM arrives is still answered', async (t) => {
    const upstream = await startFakeUpstream()
    t.teardown(upstream.close)
    upstream.on('/API/OAuth/authorize', { json: { code: 1, message: 'ok', access_token: 'slow-token', expires: 4102444800 }, delayMs: 1000 })
    const server = await startCompiled(t, outDir, { UPSTREAM_URL: upstream.url, UPSTREAM_USERNAME: 'u', UPSTREAM_PASSWORD: 'slow-password' })
    // /readyz waits on the slow authorize: once the server has logged it, it is surely in flight.
    const inFlight = fetch(`http://127.0.0.1:${server.port}/readyz`).then((response) => response.status)
    while (!server.output().includes('"url":"/readyz"')) await new Promise((resolve) => setTimeout(resolve, 10))
    server.stop('SIGTERM')
    t.equal(await inFlight, 200, 'the in-flight request completed')
    t.equal(await server.exited, 0, 'the process exits cleanly')
    t.match(server.output(), /closing: draining in-flight requests/)
  })
})

t.test('a bad variable stops the process with a message naming it', async (t) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: root, env: { ...NO_COVERAGE, PORT: 'eighty' }, encoding: 'utf8' })
  t.equal(result.status, 78)
  t.match(result.stderr, /Invalid configuration: PORT/)

  const production = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: root, env: { ...NO_COVERAGE, NODE_ENV: 'production' }, encoding: 'utf8' })
  t.equal(production.status, 78)
  t.match(production.stderr, /UPSTREAM_URL is required when NODE_ENV=production/)
})
