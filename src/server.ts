import { createServer } from 'node:net'
import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { loadConfig, type Config } from './config.js'
import { loadEnvFile } from './env-file.js'
import { EX_CONFIG, startupRefusal } from './startup-refusal.js'

/**
 * The process: read `.env` and the configuration, build the app, listen,
 * and drain in-flight requests on SIGTERM/SIGINT before closing. What the
 * operator must fix (a bad variable, a port in use, a database that cannot
 * be opened) is one line on stderr and exit 78; anything else keeps its
 * stack trace.
 */

function refuse (error: unknown, config: Pick<Config, 'HOST' | 'PORT' | 'DATABASE_URL'>): void {
  const message = startupRefusal(error, config)
  if (message === undefined) return
  process.stderr.write(`${message}\n`)
  process.exit(EX_CONFIG)
}

/** For `.catch`: the operator's mistakes exit 78 with their one line; anything else goes on as the error it is. */
const refuseOrRethrow = (config: Config) => (error: unknown): never => {
  refuse(error, config)
  throw error
}

/** Binds HOST:PORT and lets go at once: EADDRINUSE and the like, now rather than after the build. Port 0 is always free. */
async function portIsFree (host: string, port: number): Promise<void> {
  if (port === 0) return
  const probe = createServer()
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject)
    probe.listen({ host, port, exclusive: true }, resolve)
  })
  await new Promise((resolve) => probe.close(resolve))
}

async function main (): Promise<void> {
  const envFile = loadEnvFile()
  let config: Config
  try {
    config = loadConfig()
  } catch (error) {
    refuse(error, { HOST: process.env.HOST ?? '', PORT: Number(process.env.PORT), DATABASE_URL: undefined })
    throw error
  }

  // Before anything is built: a port in use would otherwise be found only after the store was opened,
  // a master key made and the catalogs synced.
  await portIsFree(config.HOST, config.PORT).catch(refuseOrRethrow(config))
  const app = await buildApp(config).catch(refuseOrRethrow(config))
  if (envFile !== undefined) app.log.info({ envFile }, 'read variables from .env (those set in the environment win)')
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err !== undefined) app.log.error({ err }, 'closing after an uncaught error')
    else app.log.info({ signal }, 'closing: draining in-flight requests')
    // Fastify drops connections that are idle when closing starts; a connection busy
    // then would be kept alive after its answer and hold the close open, so sweep.
    const sweeper = setInterval(() => app.server.closeIdleConnections(), 50)
    try {
      await app.close()
    } finally {
      clearInterval(sweeper)
    }
  })
  try {
    await app.listen({ host: config.HOST, port: config.PORT })
  } catch (error) {
    await app.close()
    refuse(error, config)
    throw error
  }
}

await main()
