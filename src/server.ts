import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'

/**
 * The process: read the configuration, build the app, listen, and drain
 * in-flight requests on SIGTERM/SIGINT before closing.
 */

async function main (): Promise<void> {
  let config
  try {
    config = loadConfig()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    process.stderr.write(`${error.message}\n`)
    process.exit(78) // EX_CONFIG
  }

  const app = await buildApp(config).catch((error: unknown) => {
    // What the operator must fix about DATA_DIR or the master key: one line and EX_CONFIG, not a stack trace.
    if (!(error instanceof ConfigError)) throw error
    process.stderr.write(`${error.message}\n`)
    process.exit(78)
  })
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
  await app.listen({ host: config.HOST, port: config.PORT })
}

await main()
