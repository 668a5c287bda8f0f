import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cannedAnswers, UPSTREAM_PATHS, type CannedAnswers } from './canned-answers.js'
import { PORTS } from './ports.js'
import { track, waitForHttp } from './processes.js'

/**
 * One nginx (one worker) with two servers: the canned upstream, answering
 * each VeryCloud endpoint with its file and logging one line per call so
 * the bench can count calls per endpoint; and the baseline translation,
 * turning GET /balance and GET /subaccounts?page=N into the upstream POSTs
 * with the token in a JSON body, answers passed through untouched.
 */

export interface NginxOptions {
  dir: string
  answers: CannedAnswers
  upstreamPort: number
  translationPort: number
  /** The token the translation sends: nginx has no token management. */
  token: string
}

export interface Nginx {
  process: ChildProcess
  /** Calls the canned upstream has answered so far, per endpoint. */
  calls: () => Promise<Record<keyof CannedAnswers, number>>
}

const ENDPOINTS = Object.keys(UPSTREAM_PATHS) as Array<keyof CannedAnswers>

function config ({ dir, upstreamPort, translationPort, token }: NginxOptions): string {
  const answerLocation = (name: keyof CannedAnswers) => `
    location = ${UPSTREAM_PATHS[name]} {
      alias ${dir}/answers/${name}.json;
      # The static module refuses POST; the redirect serves the file as the answer.
      error_page 405 =200 $uri;
      access_log ${dir}/calls-${name}.log count buffer=64k;
    }`
  return `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
worker_rlimit_nofile 16384;
events { worker_connections 8192; }
http {
  access_log off;
  log_format count '.';
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  upstream verycloud { server 127.0.0.1:${upstreamPort}; keepalive 128; }

  server {
    listen 127.0.0.1:${upstreamPort} backlog=4096;
    default_type application/json;
    ${ENDPOINTS.map(answerLocation).join('')}
  }

  server {
    listen 127.0.0.1:${translationPort} backlog=4096;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_method POST;
    proxy_set_header Content-Type application/json;
    location = /balance {
      proxy_set_body '{"token":"${token}"}';
      proxy_pass http://verycloud${UPSTREAM_PATHS.balance};
    }
    location = /subaccounts {
      proxy_set_body '{"token":"${token}","page":$arg_page,"limit":30}';
      proxy_pass http://verycloud${UPSTREAM_PATHS.subaccountList};
    }
  }
}
`
}

export function startNginx (options: NginxOptions): Nginx {
  const { dir, answers } = options
  // Run as root, nginx's workers drop to an unprivileged user, who must be able to read the answers.
  chmodSync(dir, 0o755)
  mkdirSync(join(dir, 'answers'), { recursive: true })
  for (const name of ENDPOINTS) {
    writeFileSync(join(dir, 'answers', `${name}.json`), answers[name])
    writeFileSync(join(dir, `calls-${name}.log`), '')
  }
  writeFileSync(join(dir, 'nginx.conf'), config(options))
  const child = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] })
  return {
    process: child,
    calls: async () => {
      // SIGUSR1 reopens the logs, which writes out what the buffers hold.
      child.kill('SIGUSR1')
      await new Promise((resolve) => setTimeout(resolve, 200))
      return Object.fromEntries(ENDPOINTS.map((name) => [name, readFileSync(join(dir, `calls-${name}.log`), 'utf8').length / 2])) as Record<keyof CannedAnswers, number>
    },
  }
}

export interface CannedNginx extends Nginx {
  /** The canned upstream, for the servers under test. */
  upstreamUrl: string
  /** nginx's bare translation. */
  translationUrl: string
}

/** The sandbox-shaped answers served by nginx on the bench's ports, with its translation, up and answering. */
export async function startCannedNginx (dir: string): Promise<CannedNginx> {
  const answers = await cannedAnswers()
  const token = String((JSON.parse(answers.authorize) as { access_token: string }).access_token)
  const nginx = startNginx({ dir, answers, upstreamPort: PORTS.cannedUpstream, translationPort: PORTS.nginxTranslation, token })
  track(nginx.process)
  const translationUrl = `http://127.0.0.1:${PORTS.nginxTranslation}`
  await waitForHttp(`${translationUrl}/balance`)
  return { ...nginx, upstreamUrl: `http://127.0.0.1:${PORTS.cannedUpstream}`, translationUrl }
}
