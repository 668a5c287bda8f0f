import type { Server } from 'node:http'
import Fastify, { LogController, type FastifyHttpOptions, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import fp from 'fastify-plugin'
import type { Config } from './config.js'
import catalogs from '../plugins/catalogs.js'
import { errors } from './errors.js'
import { loggerOptions } from './logger.js'
import { operations } from './operations/index.js'
import { clientErrorHandler, frameworkErrors } from './parser-errors.js'
import { sendProblem, toGatewayError } from './problem.js'
import { requestIdFor } from './request-id.js'
import audit from '../plugins/audit.js'
import { lazyCompilers, type LazyCompilers } from './lazy-compilers.js'
import { AJV_OPTIONS, partAwareValidator } from './validator-compiler.js'
import accessLog from '../plugins/access-log.js'
import auth from '../plugins/auth.js'
import bodyGuards from '../plugins/body-guards.js'
import clientIp from '../plugins/client-ip.js'
import cors from '../plugins/cors.js'
import docs from '../plugins/docs.js'
import events from '../plugins/events.js'
import idempotency from '../plugins/idempotency.js'
import metrics from '../plugins/metrics.js'
import rateLimit from '../plugins/rate-limit.js'
import readiness from '../plugins/readiness.js'
import redis from '../plugins/redis.js'
import relay from '../plugins/relay.js'
import requestId from '../plugins/request-id.js'
import store from '../plugins/store.js'
import swagger from '../plugins/swagger.js'
import upstream from '../plugins/upstream.js'
import apiKeyRoutes from '../routes/admin/api-keys.js'
import auditAdminRoutes from '../routes/admin/audit.js'
import consoleRoutes from '../routes/console.js'
import deliveryAdminRoutes from '../routes/admin/deliveries.js'
import idempotencyAdminRoutes from '../routes/admin/idempotency.js'
import syncAdminRoutes from '../routes/admin/sync.js'
import upstreamAdminRoutes from '../routes/admin/upstream.js'
import smsCallbackRoutes from '../routes/callbacks/sms.js'
import eventRoutes from '../routes/events.js'
import healthRoutes from '../routes/health.js'
import indexRoutes from '../routes/index.js'
import operationRoutes from '../routes/operations.js'
import smsReviewRoutes from '../routes/sms-reviews.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The validators and serializers still to compile (tests compile them all to catch a bad schema). */
    schemaCompilers: LazyCompilers
  }
}

/**
 * Composes the gateway: plugins first, then routes, then the one error
 * handler and the one 404 handler. Tests build it with `buildApp` and drive
 * it with `inject`; only src/server.ts listens.
 */

export interface AppOptions {
  config: Config
  /** GET /events heart-beat interval; tests shorten it. */
  sseHeartbeatMs?: number
}

export async function app (fastify: FastifyInstance, { config, sseHeartbeatMs }: AppOptions) {
  // Set before any plugin registers routes: child contexts copy the handler they were created with.
  fastify.setErrorHandler((error, request, reply) => sendProblem(toGatewayError(error, request), request, reply))
  // Limited per caller like keyed routes (the limiter is registered below; the hook finds it at request time).
  fastify.setNotFoundHandler({ preHandler: (request: FastifyRequest, reply: FastifyReply) => fastify.limitCaller(request, reply) },
    (request, reply) => sendProblem(errors.notFound(notFoundDetail(request, config)), request, reply))

  await fastify.register(metrics)
  await fastify.register(readiness)
  await fastify.register(redis, { config })
  await fastify.register(store, { config })
  await fastify.register(requestId)
  await fastify.register(cors, { config })
  await fastify.register(swagger)
  await fastify.register(docs)
  await fastify.register(upstream, { config })
  fastify.readiness.add('upstreamToken', async () => { await fastify.tokens.getToken() })
  // Before any route: they hook every route that declares `config.scope`.
  await fastify.register(clientIp, { config })
  await fastify.register(accessLog)
  await fastify.register(bodyGuards)
  await fastify.register(auth, { config })
  await fastify.register(rateLimit, { config })
  await fastify.register(idempotency, { config })
  await fastify.register(audit, { config })
  await fastify.register(events)
  await fastify.register(relay, { config })

  await fastify.register(healthRoutes)
  await fastify.register(indexRoutes, { config })
  await fastify.register(catalogs, { config, operations })
  await fastify.register(operationRoutes, { operations })
  await fastify.register(syncAdminRoutes, { config })
  await fastify.register(upstreamAdminRoutes)
  await fastify.register(apiKeyRoutes)
  await fastify.register(smsCallbackRoutes, { config })
  await fastify.register(smsReviewRoutes)
  await fastify.register(eventRoutes, { heartbeatMs: sseHeartbeatMs, maxStreamsPerKey: config.SSE_MAX_STREAMS_PER_KEY })
  await fastify.register(deliveryAdminRoutes)
  await fastify.register(idempotencyAdminRoutes)
  await fastify.register(auditAdminRoutes)
  await fastify.register(consoleRoutes)
}

function compileSchemasOnceListening (fastify: FastifyInstance, compilers: LazyCompilers): void {
  let background: { stop: () => void } | undefined
  fastify.addHook('onListen', (done) => {
    background = compilers.compileInBackground(
      (error, route) => fastify.log.error({ err: error, ...route }, 'cannot compile a schema of this route'),
      // Until then some CPU goes to compiling; a benchmark waits for this line.
      ({ compiled, milliseconds }) => fastify.log.info({ compiled, milliseconds: Math.round(milliseconds) }, 'every schema is compiled'))
    done()
  })
  fastify.addHook('onClose', (_instance, done) => {
    background?.stop()
    done()
  })
}

function notFoundDetail (request: FastifyRequest, config: Config): string {
  const detail = `No route for ${request.method} ${request.url.split('?', 1)[0]}`
  // A browser's preflight: with CORS off, the one answer that helps is how to turn it on.
  if (request.method === 'OPTIONS' && config.CORS_ORIGINS.length === 0) return `${detail}: CORS is off. Set CORS_ORIGINS to the origins of the browser frontends that call this gateway (e.g. CORS_ORIGINS=https://console.example.com)`
  return detail
}

/** The longest path parameter the router takes; longer is a 414. */
const MAX_PARAM_LENGTH = 100

/** Fastify's own options; shared by the server and the tests so both run the same gateway. */
export function fastifyOptions (
  config: Config,
  logger: FastifyServerOptions['logger'] = loggerOptions(config),
  compilers: LazyCompilers = lazyCompilers(),
): FastifyHttpOptions<Server> {
  const parserErrorOptions = { requestTimeoutMs: config.REQUEST_BODY_TIMEOUT_MS, maxParamLength: MAX_PARAM_LENGTH }
  return {
    logger,
    genReqId: requestIdFor,
    // plugins/access-log.ts writes one line per request instead of Fastify's two.
    logController: new LogController({ requestIdLogLabel: 'requestId', disableRequestLogging: true }),
    bodyLimit: 256 * 1024,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    // Node cuts a request that has not arrived in full (a body trickling in) and reports it as a clientError.
    // It looks for such requests every connectionsCheckingInterval, so that interval bounds the overshoot;
    // and it only applies requestTimeout when headersTimeout is no longer, hence both set at creation.
    requestTimeout: config.REQUEST_BODY_TIMEOUT_MS,
    http: {
      requestTimeout: config.REQUEST_BODY_TIMEOUT_MS,
      headersTimeout: Math.min(60_000, config.REQUEST_BODY_TIMEOUT_MS),
      connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(config.REQUEST_BODY_TIMEOUT_MS / 10))),
    },
    clientErrorHandler: clientErrorHandler(parserErrorOptions),
    frameworkErrors: frameworkErrors(parserErrorOptions),
    ajv: { customOptions: AJV_OPTIONS },
    // JSON bodies are validated as sent; only query, params and headers are read as numbers.
    // (Fastify's typings say the compiler gets a bare schema; at run time it gets {schema, httpPart, method, url}.)
    // Compiled on first use and in the background once listening (src/lazy-compilers.ts).
    schemaController: {
      compilersFactory: {
        buildValidator: compilers.validatorFactory(partAwareValidator) as never,
        buildSerializer: compilers.serializerFactory as never,
      },
    },
  }
}

export async function buildApp (config: Config, logger?: FastifyServerOptions['logger']): Promise<FastifyInstance> {
  const compilers = lazyCompilers()
  const fastify = Fastify(fastifyOptions(config, logger, compilers)).withTypeProvider<TypeBoxTypeProvider>()
  fastify.decorate('schemaCompilers', compilers)
  compileSchemasOnceListening(fastify, compilers)
  // Registered without encapsulation so tests and scripts see the app's decorators (swagger, store, …).
  try {
    await fastify.register(fp(app, { name: 'verycloud-gateway' }), { config })
    await fastify.ready()
  } catch (error) {
    // What did start (the sandbox's listener, the store) is closed, so a failed boot leaves nothing open.
    await fastify.close().catch(() => undefined)
    throw error
  }
  return fastify
}
