import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The hot-path benchmark: the gateway (authenticate, whitelist, rate limit,
 * translate, call upstream, reshape) against nginx doing the bare
 * translation (GET → POST with the token in a JSON body, answer passed
 * through), both in front of the same static upstream, measured in the same
 * run with wrk. The machine is small and noisy: read the ratios.
 *
 *   npm run bench            (needs nginx and wrk: apt-get install nginx-light wrk)
 *   BENCH_SECONDS=20 BENCH_CONNECTIONS=64 npm run bench
 */

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
const TOKEN = 'benchtoken0123456789abcdef012345'
const ADMIN_TOKEN = 'bench-admin-token-0123456789'

const SUBACCOUNT = {
  uid: '7002123456', name: 'example_user', mail: 'example_user@qq.com', created: '2015-03-19 13:21', picture: '', contactname: '', phone: '13863536426',
  verify_phone: '0', verify_mail: '0', tel: '', fax: '', card: '', address: '', company: '', industry: '0', apptype: 'a:0:{}', business: '', website: '',
  qq: '', recieve_mail: '0', recieve_sms: '0', platform: '1', updatetime: '2015/03/19 13:21', updatetime_ago: '14分钟前', other_mail: '', platform_zh: 'VeryCloud',
  group: { id: '1441234567', uid: '1234567890', name: '测试组', note: '测试组', created: '1422081708' }, gid: '144', status: '1',
}
const ANSWERS = {
  authorize: { code: 1, message: '操作完成', access_token: TOKEN, expires: 4102444800 },
  balance: { code: 1, message: '操作完成', data: [{ price: '750.6346' }], total: '1' },
  subaccounts: { code: 1, message: '操作完成', data: Array.from({ length: 4 }, (_, i) => ({ ...SUBACCOUNT, uid: String(7002123456 + i) })), total: '130667', totalpage: 4356 },
}

interface WrkResult { requestsPerSecond: number, p50Ms: number, p99Ms: number, errors: number }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function freePort (): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

function requireTool (name: string): void {
  if (spawnSync('sh', ['-c', `command -v ${name}`]).status !== 0) {
    process.stderr.write(`${name} is not installed: apt-get install -y nginx-light wrk\n`)
    process.exit(2)
  }
}

function nginxConfig (dir: string, upstreamPort: number, translatorPort: number): string {
  const json = (value: unknown) => JSON.stringify(value).replaceAll("'", "\\'")
  return `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  upstream verycloud { server 127.0.0.1:${upstreamPort}; keepalive 64; }

  # The stand-in upstream: static VeryCloud answers.
  server {
    listen 127.0.0.1:${upstreamPort};
    default_type application/json;
    location = /API/OAuth/authorize { return 200 '${json(ANSWERS.authorize)}'; }
    location = /API/profile/balance { return 200 '${json(ANSWERS.balance)}'; }
    # nginx caps one directive parameter at 4 KiB, hence four rows.
    location = /API/profile/subaccountList { return 200 '${json(ANSWERS.subaccounts)}'; }
  }

  # The baseline: nginx doing the bare translation, no auth, no reshaping.
  server {
    listen 127.0.0.1:${translatorPort};
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_method POST;
    proxy_set_header Content-Type application/json;
    location = /balance {
      proxy_set_body '{"token":"${TOKEN}"}';
      proxy_pass http://verycloud/API/profile/balance;
    }
    location = /subaccounts {
      proxy_set_body '{"token":"${TOKEN}","page":$arg_page,"limit":30}';
      proxy_pass http://verycloud/API/profile/subaccountList;
    }
  }
}
`
}

async function waitForHttp (url: string, headers: Record<string, string> = {}): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(url, { headers })
      if (response.status < 500) return
    } catch { /* not up yet */ }
    await sleep(100)
  }
  throw new Error(`${url} did not come up`)
}

function runWrk (url: string, headers: Record<string, string>, script?: string): WrkResult {
  const args = ['-t1', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--latency', ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]), ...(script ? ['-s', script] : []), url]
  const output = spawnSync('wrk', args, { encoding: 'utf8' }).stdout
  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? Number.NaN)
  const latency = (label: string) => {
    const match = new RegExp(`^\\s+${label}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(output)
    if (!match) return Number.NaN
    const value = Number(match[1])
    return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value
  }
  const non2xx = number(/Non-2xx or 3xx responses: (\d+)/)
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  const errors = (Number.isNaN(non2xx) ? 0 : non2xx) + (socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0)
  return { requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/), p50Ms: latency('50'), p99Ms: latency('99'), errors }
}

function rssMiB (pid: number | undefined): number {
  if (pid === undefined) return Number.NaN
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024
}

async function main (): Promise<void> {
  requireTool('nginx')
  requireTool('wrk')
  const dir = mkdtempSync(join(tmpdir(), 'gateway-bench-'))
  const children: ChildProcess[] = []
  const stopAll = () => { for (const child of children) child.kill('SIGTERM') }
  process.on('exit', stopAll)
  try {
    const [upstreamPort, translatorPort, gatewayPort] = [await freePort(), await freePort(), await freePort()]
    writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir, upstreamPort, translatorPort))
    children.push(spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' }))
    await waitForHttp(`http://127.0.0.1:${translatorPort}/balance`)

    const gateway = spawn(process.execPath, ['dist/src/server.js'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(gatewayPort),
        LOG_LEVEL: 'warn',
        UPSTREAM_URL: `http://127.0.0.1:${upstreamPort}`,
        UPSTREAM_USERNAME: 'bench',
        UPSTREAM_PASSWORD: 'bench-password',
        DATA_DIR: join(dir, 'data'),
        GATEWAY_ADMIN_TOKEN: ADMIN_TOKEN,
        RATE_LIMIT_MAX: '100000000',
      },
    })
    children.push(gateway)
    await waitForHttp(`http://127.0.0.1:${gatewayPort}/healthz`)
    const created = await fetch(`http://127.0.0.1:${gatewayPort}/admin/api-keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ scopes: ['read'], ipWhitelist: ['10.0.0.0/8', '127.0.0.1'], note: 'bench' }),
    })
    const key = await created.json() as { secretId?: string, secretKey?: string }
    const auth: Record<string, string> = created.ok ? { authorization: `Bearer ${key.secretId}.${key.secretKey}` } : {}
    const randomPages = join(dir, 'random-pages.lua')
    writeFileSync(randomPages, 'request = function() return wrk.format(nil, "/subaccounts?page=" .. math.random(1, 1000000)) end\n')

    // Warm both (JIT, connection pools, the token) before measuring.
    runWrkBriefly(`http://127.0.0.1:${gatewayPort}/subaccounts?page=1`, auth)
    runWrkBriefly(`http://127.0.0.1:${translatorPort}/subaccounts?page=1`, {})

    const scenarios = [
      { name: 'GET /balance', path: '/balance', script: undefined },
      { name: 'GET /subaccounts?page=<random>', path: '/subaccounts', script: randomPages },
    ]
    const rows: string[][] = []
    for (const scenario of scenarios) {
      // Interleaved rounds, so a noisy moment hurts both sides alike.
      const nginxRuns: WrkResult[] = []
      const gatewayRuns: WrkResult[] = []
      for (let round = 0; round < ROUNDS; round++) {
        nginxRuns.push(runWrk(`http://127.0.0.1:${translatorPort}${scenario.path}`, {}, scenario.script))
        gatewayRuns.push(runWrk(`http://127.0.0.1:${gatewayPort}${scenario.path}`, auth, scenario.script))
      }
      const best = (list: WrkResult[]) => list.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a))
      const nginx = best(nginxRuns)
      const gatewayResult = best(gatewayRuns)
      rows.push([scenario.name, 'nginx translation (1 worker)', fmt(nginx.requestsPerSecond, 0), fmt(nginx.p50Ms, 2), fmt(nginx.p99Ms, 2), String(nginx.errors), '1.00'])
      rows.push([scenario.name, 'gateway (1 process)', fmt(gatewayResult.requestsPerSecond, 0), fmt(gatewayResult.p50Ms, 2), fmt(gatewayResult.p99Ms, 2), String(gatewayResult.errors), fmt(gatewayResult.requestsPerSecond / nginx.requestsPerSecond, 2)])
    }
    printTable(['scenario', 'server', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'vs nginx'], rows)
    process.stdout.write(`\ngateway RSS after the run: ${fmt(rssMiB(gateway.pid), 1)} MiB; wrk -t1 -c${CONNECTIONS} -d${SECONDS}s, best of ${ROUNDS} rounds, ${CONNECTIONS} connections; ${auth.authorization !== undefined ? 'with' : 'WITHOUT'} API-key authentication\n`)
  } finally {
    stopAll()
    await sleep(300)
    rmSync(dir, { recursive: true, force: true })
  }
}

function runWrkBriefly (url: string, headers: Record<string, string>): void {
  spawnSync('wrk', ['-t1', '-c10', '-d2s', ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]), url])
}

const fmt = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')

function printTable (header: string[], rows: string[][]): void {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)))
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`
  process.stdout.write(`${line(header)}\n|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|\n${rows.map(line).join('\n')}\n`)
}

await main()
