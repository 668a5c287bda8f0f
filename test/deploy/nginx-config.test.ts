import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { adminHeaders, postCallback, RAW_SECRET } from '../callbacks/support/signed-callback.js'
import { startListeningGateway } from '../events/support/listening-gateway.js'
import { waitUntil } from '../support/wait-until.js'

/**
 * deploy/nginx.conf, the load balancer of docker-compose.yml, run by a real
 * nginx in front of a real gateway (its two upstream entries pointed at it):
 * the client address the gateway sees is the one nginx saw, not one the
 * client wrote, and /events streams through it as events are stored.
 */

type TestContext = Parameters<Parameters<typeof t.test>[0]>[0]

const CONFIG = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url))
const nginxMissing = spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0 ? false : 'nginx is not installed (Debian: apt-get install nginx-light)'
/** The client connects from this loopback address, nginx from 127.0.0.1: the gateway must tell them apart. */
const CLIENT_IP = '127.0.0.3'

async function freePort (): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise((resolve) => probe.close(resolve))
  return port
}

async function startNginx (t: TestContext, gatewayOrigin: string): Promise<string> {
  const dir = t.testdir()
  const port = await freePort()
  const gatewayHost = new URL(gatewayOrigin).host
  const site = readFileSync(CONFIG, 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('gateway-a:3000', gatewayHost)
    .replace('gateway-b:3000', gatewayHost)
  writeFileSync(join(dir, 'site.conf'), site)
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${join(dir, kind)};`).join(' ')
  writeFileSync(join(dir, 'nginx.conf'), `worker_processes 1; pid ${join(dir, 'nginx.pid')}; error_log ${join(dir, 'error.log')} warn;
events {}
http { access_log off; ${temp} include ${join(dir, 'site.conf')}; }
`)
  const nginx = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  nginx.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const exited = new Promise((resolve) => nginx.once('exit', resolve))
  t.teardown(async () => { nginx.kill('SIGQUIT'); await exited })
  const origin = `http://127.0.0.1:${port}`
  await waitUntil(`nginx answers (${stderr})`, async () => {
    if (nginx.exitCode !== null) throw new Error(`nginx exited: ${stderr}${readFileSync(join(dir, 'error.log'), 'utf8')}`)
    return fetch(`${origin}/healthz`).then((response) => response.ok, () => false)
  })
  return origin
}

/** A GET from CLIENT_IP; resolves on the head, and keeps collecting the body. */
function getFrom (url: string, headers: Record<string, string>) {
  return new Promise<{ status: number, body: () => string, close: () => void }>((resolve, reject) => {
    let body = ''
    const req = request(url, { headers, localAddress: CLIENT_IP }, (res) => {
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => { body += chunk })
      resolve({ status: res.statusCode ?? 0, body: () => body, close: () => { req.destroy() } })
    })
    req.on('error', reject)
    req.end()
  })
}

t.test('through nginx: the client address is nginx\'s peer, a forged X-Forwarded-For is not believed, and /events streams', { skip: nginxMissing }, async (t) => {
  const gateway = await startListeningGateway(t, { TRUST_PROXY: '127.0.0.1', CALLBACK_SECRET: RAW_SECRET })
  const origin = await startNginx(t, gateway.origin)
  const keyFor = async (ip: string) => {
    const created = await gateway.app.inject({ method: 'POST', url: '/admin/api-keys', headers: adminHeaders, payload: { scopes: ['read'], ipWhitelist: [ip] } })
    const { secretId, secretKey } = created.json() as { secretId: string, secretKey: string }
    return { authorization: `Bearer ${secretId}.${secretKey}` }
  }

  const clientKey = await keyFor(CLIENT_IP)
  const forgedKey = await keyFor('198.51.100.7')
  const forged = { 'x-forwarded-for': '198.51.100.7' }
  const allowed = await getFrom(`${origin}/sms/reviews`, { ...clientKey, ...forged })
  t.equal(allowed.status, 200, 'the key whitelisted for the real client address is let in')
  const refused = await getFrom(`${origin}/sms/reviews`, { ...forgedKey, ...forged })
  t.equal(refused.status, 403, 'the address the client wrote is not believed')

  const stream = await getFrom(`${origin}/events`, { ...clientKey, accept: 'text/event-stream' })
  t.teardown(stream.close)
  t.equal(stream.status, 200)
  const stored = await postCallback(gateway.app, { body: JSON.stringify({ type: 'sms.template.reviewed', data: { id: 'tpl-nginx', name: 'n', status: 'approved', reason: null, reviewedAt: '2024-05-01 10:20:30' } }) })
  t.equal(stored.statusCode, 200)
  await waitUntil('the event comes through nginx', () => stream.body().includes('tpl-nginx'), 5_000)
  t.match(stream.body(), /event: sms\.template\.reviewed/)
})
