#!/usr/bin/env node
import { runCli } from './cli/run.js'

/** The `verycloud-gateway` command (package.json `bin`): see src/cli/usage.ts. */
process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})
