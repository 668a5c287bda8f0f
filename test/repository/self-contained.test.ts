import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'

/**
 * The repository stands alone: no tracked file (source, test, script,
 * doc) reads, links or mentions a path outside it, so a fresh clone with
 * nothing beside it builds, tests and reads completely.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SKIPPED = new Set(['node_modules', 'dist', 'coverage', '.tap', '.git', 'data'])

/** Tracked files per git, or every file but the build output where the copy has no .git. */
function trackedFiles (): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\0').filter((file) => file !== '')
  } catch {
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      if (SKIPPED.has(entry.name) || entry.name.startsWith('.build-test-')) return []
      const path = join(dir, entry.name)
      return entry.isDirectory() ? walk(path) : [relative(ROOT, path)]
    })
    return walk(ROOT)
  }
}

// Spelled in pieces so that this file does not match itself.
const OUTSIDE_NAMES = [
  ['..', 'shared'].join('/'),
  ['', 'work', ''].join('/'),
  ['API', 'md'].join('.'),
  ['verycloud-api3', 'txt'].join('.'),
  ['apayun-niaoyun-setup', 'txt'].join('.'),
]

/** `../` repeated more times than the file is deep climbs out of the repository. */
function climbsOut (file: string, text: string): string | undefined {
  const depth = file.split('/').length - 1
  for (const match of text.matchAll(/(?:^|[^.\w])((?:\.\.\/)+)/g)) {
    const ups = (match[1] ?? '').length / 3
    if (ups > depth) return match[0].trim()
  }
  return undefined
}

const isText = (file: string) => !/\.(png|jpe?g|gif|ico|sqlite|woff2?)$/.test(file) && statSync(join(ROOT, file)).size < 2_000_000

t.test('no tracked file refers to a path outside the repository', async (t) => {
  const files = trackedFiles().filter((file) => !file.includes(`..${sep}`) && isText(file))
  t.ok(files.length > 100, `the files were listed (${files.length})`)
  const offenders: string[] = []
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8')
    for (const name of OUTSIDE_NAMES) if (text.includes(name)) offenders.push(`${file}: mentions ${name}`)
    const climb = climbsOut(file, text)
    if (climb !== undefined) offenders.push(`${file}: ${climb} climbs out of the repository`)
  }
  t.strictSame(offenders, [], 'write what users need into README.md or docs/ instead')
})

t.test('the check catches what it is for', async (t) => {
  t.equal(climbsOut('test/x.test.ts', `new URL('${'../'.repeat(3)}elsewhere/file', import.meta.url)`), `'${'../'.repeat(3)}`)
  t.equal(climbsOut('test/openapi/x.test.ts', "new URL('../../docs/api.md', import.meta.url)"), undefined, 'to the root is inside')
  t.equal(climbsOut('README.md', 'see [the contract](../elsewhere.md)'), '(../')
  t.equal(climbsOut('docs/api.md', 'see [the README](../README.md)'), undefined)
})
