#!/usr/bin/env node
import { runCli } from './cli/run.js'
import { loadEnvFile } from './env-file.js'

/** The `verycloud-gateway` command (package.json `bin`): see src/cli/usage.ts. */
// The same `.env` as the server's, so a DATA_DIR set there is the store both use.
loadEnvFile()
process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})
