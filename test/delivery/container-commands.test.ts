import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { databaseEnvFor, storedRows } from '../support/databases.js'
import { startFakeUpstream } from '../support/fake-upstream.js'
import { redisSkip, testRedis } from '../support/redis-server.js'

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
  t.match(dockerfile, /COPY scripts \.\/scripts\n/, 'the build script is in the image')
  t.match(dockerfile, /CMD \["node", "dist\/src\/server\.js"\]/)
  t.equal(packageJson.scripts.start, 'exec node dist/src/server.js', 'npm start runs what the image runs')
})

interface StartedServer { port: number, dataDir: string, output: () => string, exited: Promise<number | null>, stop: (signal: NodeJS.Signals) => void }

function scratchDataDir (t: Test): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'gateway-data-'))
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))
  return dataDir
}

async function startCompiled (t: Test, outDir: string, extraEnv: Record<string, string>, dataDir = scratchDataDir(t)): Promise<StartedServer> {
  const port = await freePort()
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
  return { port, dataDir, output: () => output, exited, stop: (signal) => server.kill(signal) }
}

t.test('the build and start commands work, the health check passes, SIGTERM drains', async (t) => {
  // Inside the repo so the packages the bundle leaves out resolve from node_modules, as from dist/.
  const outDir = mkdtempSync(join(root, '.build-test-'))
  t.teardown(() => rmSync(outDir, { recursive: true, force: true }))

  // The image's build (`prepare`: `npm run build`), into a scratch directory so the working tree's dist/ is left alone.
  t.equal(packageJson.scripts.build, 'tsx scripts/build.ts')
  const build = spawnSync('npx', ['tsx', 'scripts/build.ts', outDir], { cwd: root, encoding: 'utf8', env: NO_COVERAGE })
  t.equal(build.status, 0, build.stdout + build.stderr)

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

  /** A key made by the bundled CLI on the server's store; answers its Authorization value. */
  const keyFromBundledCli = (t: Test, server: StartedServer, env: Record<string, string>) => {
    const created = spawnSync(process.execPath, [join(outDir, 'src/cli.js'), 'keys', 'create', '--scopes', 'read', '--ip', '127.0.0.1'], { env: { ...NO_COVERAGE, DATA_DIR: server.dataDir, ...env }, encoding: 'utf8' })
    t.equal(created.status, 0, created.stderr)
    return (JSON.parse(created.stdout) as { authorization: string }).authorization
  }

  t.test('the bundle serves what the sources do: the committed spec, the docs, a read with a key from its CLI', async (t) => {
    const server = await startCompiled(t, outDir, {})
    const origin = `http://127.0.0.1:${server.port}`
    const committed = JSON.parse(readFileSync(join(root, 'openapi/openapi.json'), 'utf8')) as unknown
    t.same(await (await fetch(`${origin}/openapi.json`)).json(), committed, 'the same OpenAPI document as the sources generate')
    t.equal((await fetch(`${origin}/docs`)).status, 200)
    // Swagger UI's files come from its package in node_modules, which the bundle leaves out.
    const swaggerUi = await fetch(`${origin}/docs/ui/static/swagger-ui-bundle.js`)
    t.equal(swaggerUi.status, 200, 'the reference renderer is served')
    t.ok((await swaggerUi.arrayBuffer()).byteLength > 100_000)
    const authorization = keyFromBundledCli(t, server, {})
    const balance = await fetch(`${origin}/balance`, { headers: { authorization } })
    t.equal(balance.status, 200, 'a key the bundled CLI wrote authenticates on the bundled server')
    t.match(await balance.json(), { amount: /^\d+\.\d+$/ })
    server.stop('SIGTERM')
    t.equal(await server.exited, 0)
  })

  t.test('the bundle loads ioredis and pg when REDIS_URL and a postgres:// DATABASE_URL ask for them', { skip: redisSkip }, async (t) => {
    const redis = await testRedis(t)
    const dataDir = scratchDataDir(t)
    // PostgreSQL when the suite runs on the shared services (TEST_DATABASE_URL), else the embedded store.
    const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: redis.prefix, ...await databaseEnvFor(dataDir) }
    const server = await startCompiled(t, outDir, env, dataDir)
    const origin = `http://127.0.0.1:${server.port}`
    const readiness = await (await fetch(`${origin}/readyz`)).json() as { status: string, checks: Array<{ name: string, ok: boolean }> }
    t.equal(readiness.status, 'ok', JSON.stringify(readiness))
    t.ok(readiness.checks.some((check) => /redis/i.test(check.name) && check.ok), 'Redis is checked and reachable')
    const authorization = keyFromBundledCli(t, server, env)
    t.equal((await fetch(`${origin}/balance`, { headers: { authorization } })).status, 200)
    t.same(await storedRows(dataDir, 'SELECT COUNT(*) AS keys FROM api_keys'), [{ keys: 1 }], 'the key is in the store this run uses')
    server.stop('SIGTERM')
    t.equal(await server.exited, 0)
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

t.test('`npx verycloud-gateway`, the README\'s first command, runs the built CLI from the package\'s bin', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gateway-npx-'))
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))
  // npm links the package's own bin (dist/src/cli.js, built at install) into its npx cache and runs it.
  const run = spawnSync('npx', ['--yes', 'verycloud-gateway', 'keys', 'create', '--scopes', 'read', '--ip', '127.0.0.1'], { cwd: root, encoding: 'utf8', env: { ...NO_COVERAGE, HOME: process.env.HOME, DATA_DIR: dataDir } })
  t.equal(run.status, 0, run.stderr)
  t.match(JSON.parse(run.stdout), { authorization: /^Bearer AKID/ })
  t.match(run.stderr, `DATA_DIR=${dataDir}`, 'it says which store it wrote to')
})

t.test('a bad variable stops the process with a message naming it', async (t) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: root, env: { ...NO_COVERAGE, PORT: 'eighty' }, encoding: 'utf8' })
  t.equal(result.status, 78)
  t.match(result.stderr, /Invalid configuration: PORT/)

  const production = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: root, env: { ...NO_COVERAGE, NODE_ENV: 'production' }, encoding: 'utf8' })
  t.equal(production.status, 78)
  t.match(production.stderr, /UPSTREAM_URL is required when NODE_ENV=production/)
})
