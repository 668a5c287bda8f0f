import type { TSchema } from '@sinclair/typebox'

/**
 * What a start-up refusal says about a variable: what was given (secrets
 * hidden), what is accepted, and a value to copy. The accepted values are
 * read from the variable's schema, so a new variable gets a useful message
 * without writing one; a schema whose rule is a pattern says it in words
 * with an `accepts` option.
 */

interface VariableSchema extends TSchema {
  accepts?: string
  /** A command that prints a good value, e.g. for keys. */
  makeWith?: string
  anyOf?: VariableSchema[]
  const?: unknown
  type?: string | string[]
  minimum?: number
  maximum?: number
  minLength?: number
  default?: unknown
  examples?: unknown[]
}

const SECRET_NAME = /(SECRET|PASSWORD|TOKEN|KEY)$/

export const isSecretVariable = (variable: string) => SECRET_NAME.test(variable)

/** A URL's password (postgres://user:password@host) is replaced by stars. */
export const withoutPassword = (text: string) => text.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/\s]*):[^@/\s]*@/i, '$1:***@')

export function describeGiven (variable: string, value: unknown): string {
  if (value === undefined) return 'is unset'
  if (isSecretVariable(variable)) return 'is not accepted (value hidden)'
  return `is ${JSON.stringify(typeof value === 'string' ? withoutPassword(value) : value)}, which is not accepted`
}

export function acceptedValues (schema: VariableSchema): string {
  if (schema.accepts !== undefined) return schema.accepts
  const words = schema.anyOf?.map((member) => member.const)
  if (words !== undefined && words.every((word) => typeof word === 'string')) return `one of ${words.join(', ')}`
  if (schema.type === 'integer') {
    if (schema.maximum !== undefined) return `a whole number from ${schema.minimum ?? 0} to ${schema.maximum}`
    return `a whole number, at least ${schema.minimum ?? 0}`
  }
  if (schema.minLength !== undefined && schema.minLength > 1) return `text of at least ${schema.minLength} characters`
  return 'any text'
}

export function exampleOf (variable: string, schema: VariableSchema): string {
  if (schema.makeWith !== undefined) return `make one with: ${schema.makeWith}`
  const example = schema.examples?.[0] ?? schema.default
  return example === undefined || example === '' ? '' : `example: ${variable}=${String(example)}`
}

/** "LOG_LEVEL is "verbose", which is not accepted. Accepted: one of fatal, …. Example: LOG_LEVEL=info" */
export function refusalMessage (variable: string, value: unknown, schema: TSchema | undefined): string {
  if (schema === undefined) return describeGiven(variable, value)
  const example = exampleOf(variable, schema as VariableSchema)
  return `${describeGiven(variable, value)}. Accepted: ${acceptedValues(schema as VariableSchema)}${example === '' ? '' : `; ${example}`}`
}
