import { isDeepStrictEqual } from 'node:util'

/**
 * Turns the document @fastify/swagger builds into one that generated
 * clients name well: every schema with a `title` (Subaccount,
 * SubaccountPage, ApiKey, …) moves into `components.schemas` under that
 * title and is referenced by `$ref`; query parameters that have a default
 * are not required, since the gateway fills them in.
 */

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
/** Keywords whose values are data, not schemas: an example invoice's `title` is not a schema title. */
const DATA_KEYWORDS = new Set(['example', 'examples', 'default', 'const', 'enum'])
const COMPONENT_NAME = /^[A-Za-z][A-Za-z0-9_]*$/

export class DuplicateTitleError extends Error {
  override name = 'DuplicateTitleError'
}

export function withNamedComponents<T extends object> (document: T): T {
  const spec = document as Json
  const components = (isObject(spec.components) ? spec.components : {}) as Json
  const schemas = (isObject(components.schemas) ? components.schemas : {}) as Json
  const hoist = hoister(schemas)

  const paths = (isObject(spec.paths) ? spec.paths : {}) as Record<string, Record<string, Json>>
  for (const methods of Object.values(paths)) {
    for (const operation of Object.values(methods)) {
      if (!isObject(operation)) continue
      dropDefaultedRequired(operation)
      forgetResponseDescriptions(operation)
      for (const key of ['requestBody', 'responses', 'parameters']) operation[key] = hoist(operation[key], true)
    }
  }
  // Named shapes inside the existing components (Problem's parts) are hoisted too, the roots stay.
  for (const [name, schema] of Object.entries({ ...schemas })) {
    if (isObject(schema)) schemas[name] = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, hoist(value, true)]))
  }
  return { ...spec, components: { ...components, schemas: sortedByName(schemas) } } as T
}

function hoister (schemas: Json) {
  const hoist = (node: unknown, nested: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => hoist(item, nested))
    if (!isObject(node)) return node
    const children = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, DATA_KEYWORDS.has(key) ? value : hoist(value, true)]))
    if (!nested || typeof children.title !== 'string' || !looksLikeSchema(children)) return children
    const { examples, description, ...titled } = children
    const name = children.title
    // A nullable named shape is a type list at run time (fast to serialize, src/schemas/primitives.ts
    // Nullable); in the document it is the named shape or null, so both share one component.
    const nullable = Array.isArray(titled.type) && titled.type.includes('null')
    const shape = nullable ? { ...titled, type: (titled.type as unknown[]).filter((type) => type !== 'null').at(0) } : titled
    if (!COMPONENT_NAME.test(name)) throw new DuplicateTitleError(`Schema title "${name}" cannot name a component: use letters and digits`)
    const existing = schemas[name]
    if (existing !== undefined && !isDeepStrictEqual(existing, shape)) {
      throw new DuplicateTitleError(`Two different schemas are titled "${name}": give one of them another title`)
    }
    schemas[name] = shape
    // OpenAPI 3.1 lets a reference carry its own description and examples.
    const reference = nullable ? { anyOf: [{ $ref: `#/components/schemas/${name}` }, { type: 'null' }] } : { $ref: `#/components/schemas/${name}` }
    return { ...reference, ...(description === undefined ? {} : { description }), ...(examples === undefined ? {} : { examples }) }
  }
  return hoist
}

const looksLikeSchema = (node: Json) => 'type' in node || 'properties' in node || 'anyOf' in node || 'oneOf' in node || 'allOf' in node

/** `page` and `limit` default to 1 and 30: a client that leaves them out is right. */
function dropDefaultedRequired (operation: Json): void {
  if (!Array.isArray(operation.parameters)) return
  for (const parameter of operation.parameters) {
    if (isObject(parameter) && isObject(parameter.schema) && parameter.schema.default !== undefined && parameter.in !== 'path') parameter.required = false
  }
}

/** The registrar puts a response's description on its schema for @fastify/swagger to lift; once lifted it is noise. */
function forgetResponseDescriptions (operation: Json): void {
  if (!isObject(operation.responses)) return
  for (const response of Object.values(operation.responses)) {
    if (!isObject(response) || !isObject(response.content)) continue
    for (const media of Object.values(response.content)) {
      if (isObject(media) && isObject(media.schema) && media.schema.description === response.description) delete media.schema.description
    }
  }
}

const sortedByName = (schemas: Json) => Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)))
