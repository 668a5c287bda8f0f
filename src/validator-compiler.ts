import AjvCompiler from '@fastify/ajv-compiler'
import type { FastifyServerOptions } from 'fastify'

/**
 * Request validation, one policy per part of the request. A JSON body
 * already has types, so it is taken as sent: `true`, `[7]` or `10` where a
 * string or an integer is wanted is a 400, never quietly converted. Query
 * strings, path parameters and headers are text by nature, so they are read
 * as numbers or booleans where the schema says so, but only when the text is
 * a plain decimal in the safe range: `1e309`, `0x10`, `Infinity` or
 * `99999999999999999999` are refused rather than becoming Infinity, 16 or a
 * rounded number. A query key given twice where one value is wanted is
 * refused by name. Formats, defaults and `removeAdditional: false` are
 * Fastify's own compiler's (with ajv-formats), for every part.
 */

type AjvOptions = NonNullable<NonNullable<FastifyServerOptions['ajv']>['customOptions']>
type ServerAjv = FastifyServerOptions['ajv']

export const AJV_OPTIONS = {
  // Unknown fields are refused, never silently dropped or forwarded.
  removeAdditional: false,
  allErrors: true,
  useDefaults: true,
  // Checking each route's schema against the JSON Schema meta-schema compiled that meta-schema
  // at every start (about 0.2 s); the schemas are fixed in the code, so a test checks them once.
  validateSchema: false,
  // Errors carry the schema they failed (only when validation fails): a 400 can then list the known
  // fields and show an example of what is accepted (src/problem.ts).
  verbose: true,
} as const satisfies AjvOptions

interface AjvIssue { instancePath: string, keyword: string, params: Record<string, unknown>, message: string }
type Validate = ((data: unknown, context?: unknown) => boolean) & { errors?: unknown, schemaEnv?: unknown }
interface Route { schema: unknown, httpPart?: string, method?: string, url?: string }

const INTEGER_TEXT = /^-?\d{1,16}$/
const NUMBER_TEXT = /^-?\d{1,16}(\.\d{1,16})?$/

/** Fastify's `schemaController.compilersFactory.buildValidator`. */
export function partAwareValidator (externalSchemas: Record<string, unknown>, serverAjv?: ServerAjv): (route: Route) => Validate {
  const plugins = serverAjv?.plugins ?? []
  const build = (coerceTypes: false | 'array') => AjvCompiler()(externalSchemas as never, { plugins, customOptions: { ...AJV_OPTIONS, ...serverAjv?.customOptions, coerceTypes } }) as unknown as (route: Route) => Validate
  const strict = build(false)
  const textual = build('array')
  return (route) => route.httpPart === 'body' ? strict(route) : checkedText(textual(route), route.schema)
}

/** Refuses numeric text that coercion would turn into a different number, and repeated scalar keys. */
function checkedText (validate: Validate, schema: unknown): Validate {
  const properties = propertiesOf(schema)
  if (properties.length === 0) return validate
  const checked: Validate = (data, context) => {
    const issues = textIssues(data, properties)
    if (issues.length > 0) {
      checked.errors = issues
      return false
    }
    const valid = validate(data, context)
    checked.errors = validate.errors
    return valid
  }
  checked.schemaEnv = validate.schemaEnv
  return checked
}

interface Property { name: string, types: readonly string[] }
interface PropertySchema { type?: string | string[], anyOf?: PropertySchema[] }

const typesOf = (schema: PropertySchema): string[] =>
  schema.anyOf !== undefined ? schema.anyOf.flatMap(typesOf) : [schema.type ?? []].flat()

function propertiesOf (schema: unknown): Property[] {
  const properties = (schema as { properties?: Record<string, PropertySchema> } | null)?.properties
  if (properties === undefined) return []
  return Object.entries(properties).map(([name, property]) => ({ name, types: typesOf(property) }))
}

function textIssues (data: unknown, properties: readonly Property[]): AjvIssue[] {
  if (data === null || typeof data !== 'object') return []
  const issues: AjvIssue[] = []
  for (const { name, types } of properties) {
    const value = (data as Record<string, unknown>)[name]
    const instancePath = `/${name}`
    if (Array.isArray(value) && types.length > 0 && !types.includes('array')) {
      issues.push({ instancePath, keyword: 'type', params: {}, message: `is given ${value.length} times; send it once` })
      continue
    }
    if (typeof value !== 'string') continue
    if (types.includes('integer') && !isSafeIntegerText(value)) {
      issues.push({ instancePath, keyword: 'type', params: {}, message: `must be a whole number written in decimal digits, within ±${Number.MAX_SAFE_INTEGER}` })
    } else if (types.includes('number') && !types.includes('integer') && !NUMBER_TEXT.test(value)) {
      issues.push({ instancePath, keyword: 'type', params: {}, message: 'must be a number written in decimal digits (no exponent, hex or Infinity)' })
    }
  }
  return issues
}

const isSafeIntegerText = (text: string) => INTEGER_TEXT.test(text) && Number.isSafeInteger(Number(text))
