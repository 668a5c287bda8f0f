import { runCli } from '../../src/cli/run.js'

/** What one run of the CLI answered: its exit status and what it printed. */
export interface CliResult { code: number, stdout: string, stderr: string }

/**
 * The CLI as its bin runs it (src/cli.ts), in this process, so that its
 * coverage counts; `env` is all the environment it sees.
 */
export async function runCliWith (env: Record<string, string>, ...args: string[]): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { env, stdout: (text) => { stdout += text }, stderr: (text) => { stderr += text } })
  return { code, stdout, stderr }
}
