import { existsSync } from 'node:fs'
import { mkdirSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core'

/**
 * Debian's Chromium driven by playwright-core, headless, with nothing that
 * phones home, so the only traffic is what the page itself makes. Each run
 * gets a fresh profile (Playwright makes one per launch and deletes it).
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** A skip reason when the browser is not installed, false when it is. */
export const chromiumMissing: string | false = existsSync(CHROMIUM_PATH)
  ? false
  : `${CHROMIUM_PATH} not found: the console's browser tests need Chromium (apt-get install chromium)`

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** Screenshots of each screen, for people to look at; not compared by any test. */
export const SCREENSHOT_DIR = new URL('../../../test-artifacts/console/', import.meta.url).pathname

export async function launchChromium (t: { teardown: (fn: () => unknown) => void }): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true })
  t.teardown(() => browser.close())
  return browser
}

/** What a page asked for and what it said on its console, recorded from its first request on. */
export interface PageRecord {
  page: Page
  requests: Request[]
  consoleMessages: string[]
  screenshot: (name: string) => Promise<void>
}

export async function openPage (context: BrowserContext): Promise<PageRecord> {
  const page = await context.newPage()
  const requests: Request[] = []
  const consoleMessages: string[] = []
  page.on('request', (request) => { requests.push(request) })
  page.on('console', (message) => { consoleMessages.push(`${message.type()}: ${message.text()}`) })
  page.on('pageerror', (error) => { consoleMessages.push(`pageerror: ${error.message}`) })
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  return {
    page,
    requests,
    consoleMessages,
    screenshot: async (name) => { await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png`, fullPage: true }) },
  }
}
