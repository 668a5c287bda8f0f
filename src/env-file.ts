import { existsSync } from 'node:fs'

/**
 * Reads `.env` from the working directory into process.env with Node's own
 * parser (the rules of `node --env-file`). A variable already set in the
 * environment wins, so `PORT=4000 npm start` overrides the file. No file,
 * no change. Answers the path read, for the start-up log.
 */
export function loadEnvFile (path = '.env'): string | undefined {
  if (!existsSync(path)) return undefined
  process.loadEnvFile(path)
  return path
}
