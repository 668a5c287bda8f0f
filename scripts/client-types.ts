import openapiTS, { astToString } from 'openapi-typescript'

/** The TypeScript types openapi-typescript generates from the spec, as examples/typed-client uses them. */
export async function clientTypes (spec: unknown): Promise<string> {
  const header = '// Generated from openapi/openapi.json by `npm run openapi` (openapi-typescript). Do not edit.\n'
  return header + astToString(await openapiTS(spec as Parameters<typeof openapiTS>[0]))
}
