import { SerializerSelector } from '@fastify/fast-json-stringify-compiler'

/**
 * Schemas compiled when first needed instead of at start-up.
 *
 * Fastify compiles every route's request validators (Ajv) and response
 * serializers (fast-json-stringify) while the routes register: for this
 * gateway's routes that took about 1.5 s of a cold start on a slow machine,
 * more than everything else it does before it listens. Here each one is
 * compiled by its first use, and those still waiting are compiled after the
 * server listens, one per turn of the event loop, so a request never waits
 * behind all of them and rarely pays for its own. `compileAll` compiles the
 * rest at once: the tests use it, so a schema that cannot compile fails a
 * test, not a request.
 */

export interface CompiledRoute { method?: string, url?: string, httpPart?: string, httpStatus?: string }

/** What a background pass did: the schemas it compiled (first uses compiled the others) and how long it ran. */
export interface BackgroundCompilation { compiled: number, milliseconds: number }

export interface LazyCompilers {
  /** Fastify's `schemaController.compilersFactory.buildValidator`, wrapping `eager`. */
  validatorFactory: (eager: ValidatorFactory) => ValidatorFactory
  /** Fastify's `schemaController.compilersFactory.buildSerializer`. */
  serializerFactory: SerializerFactory
  /** Compilations declared but not done yet. */
  readonly pending: number
  /** Compiles everything pending now; throws the first compile error. */
  compileAll: () => void
  /**
   * Compiles what is pending, one per event-loop turn, until none is left or
   * `stop` is called; `onDone` hears how many it compiled once none is left.
   */
  compileInBackground: (onError: (error: unknown, route: CompiledRoute) => void, onDone?: (done: BackgroundCompilation) => void) => { stop: () => void }
}

type Validate = ((data: unknown, context?: unknown) => unknown) & { errors?: unknown, schemaEnv?: unknown }
type ValidatorFactory = (externalSchemas: never, serverAjv: never) => (route: never) => Validate
type Serialize = (data: unknown) => string
type SerializerFactory = (externalSchemas: unknown, serializerOptions: unknown) => (route: CompiledRoute) => Serialize

export function lazyCompilers (): LazyCompilers {
  // Each waiting compilation, with the route it is for; it leaves the map when it starts.
  const waiting = new Map<() => unknown, CompiledRoute>()

  /** `compile` run at most once, by whichever comes first: a request or the background. */
  function later<Compiled> (compileNow: () => Compiled, route: CompiledRoute): () => Compiled {
    let compiled: Compiled | undefined
    const compile = () => {
      waiting.delete(compile)
      compiled ??= compileNow()
      return compiled
    }
    waiting.set(compile, route)
    return () => compiled ?? compile()
  }

  const validatorFactory = (eager: ValidatorFactory): ValidatorFactory => (externalSchemas, serverAjv) => {
    const compileEagerly = eager(externalSchemas, serverAjv)
    return (route: CompiledRoute) => {
      const validator = later(() => compileEagerly(route as never), route)
      const validate: Validate = (data, context) => {
        const compiled = validator()
        const valid = compiled(data, context)
        validate.errors = compiled.errors
        return valid
      }
      // Fastify passes the parent (the request) only to validators with a schemaEnv, and Ajv needs
      // it to apply defaults or coercion to the part as a whole; a compiled Ajv function takes it.
      validate.schemaEnv = true
      return validate
    }
  }

  const eagerSerializers = SerializerSelector() as SerializerFactory
  const serializerFactory: SerializerFactory = (externalSchemas, serializerOptions) => {
    const compileEagerly = eagerSerializers(externalSchemas, serializerOptions)
    return (route) => {
      const serializer = later(() => compileEagerly(route), route)
      return (data) => serializer()(data)
    }
  }

  return {
    validatorFactory,
    serializerFactory,
    get pending () { return waiting.size },
    compileAll () {
      for (const compile of waiting.keys()) compile()
    },
    compileInBackground (onError, onDone) {
      let timer: NodeJS.Immediate | undefined
      const started = performance.now()
      let compiled = 0
      const step = () => {
        const next = waiting.entries().next()
        if (next.done === true) {
          onDone?.({ compiled, milliseconds: performance.now() - started })
          return
        }
        compiled++
        const [compile, route] = next.value
        try {
          compile()
        } catch (error) {
          // Out of the queue now; the route's next request tries again and answers 500 with the cause.
          onError(error, route)
        }
        timer = setImmediate(step)
      }
      timer = setImmediate(step)
      return { stop: () => clearImmediate(timer) }
    },
  }
}
