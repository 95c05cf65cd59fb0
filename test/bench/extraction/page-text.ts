import { existsSync } from 'node:fs'
import type { Browser, BrowserContext } from 'playwright-core'
import { visibleText } from '../plain-text/visible-text'

/**
 * The page's visible text as an analyst's select-all + copy gives it. Chromium's own
 * `document.body.innerText` is used when a Chromium is at hand: it is the very algorithm the copy
 * follows (CSS display and visibility from the page's own <style> blocks and inline styles,
 * table cells with tabs, paragraph spacing), which an approximation over linkedom only imitates.
 * Scripts stay off and every request is refused (the corpus must never reach the network), so
 * stylesheets linked from elsewhere are missing and menus they hide are copied too; <noscript> is
 * removed, as a browser with scripts on never shows it. Without Chromium (or with --linkedom),
 * the linkedom approximation of the plain-text bench is used, and the run says so.
 */
export interface PageTextSource {
  readonly kind: 'chromium innerText' | 'linkedom approximation'
  text(html: string): Promise<string>
  close(): Promise<void>
}

const CHROMIUM_PATHS = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter((p): p is string => !!p)

const linkedomSource: PageTextSource = {
  kind: 'linkedom approximation',
  text: async (html) => visibleText(html),
  close: async () => undefined,
}

export async function openPageTextSource(preferLinkedom: boolean): Promise<PageTextSource> {
  const executablePath = CHROMIUM_PATHS.find((path) => existsSync(path))
  if (preferLinkedom || !executablePath) return linkedomSource
  const { chromium } = await import('playwright-core')
  const args = ['--disable-gpu', '--disable-dev-shm-usage', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])]
  const browser: Browser = await chromium.launch({ executablePath, headless: true, args })
  const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false, offline: true, viewport: { width: 1280, height: 900 } })
  await context.route('**/*', (route) => route.abort())
  const page = await context.newPage()
  return {
    kind: 'chromium innerText',
    async text(html) {
      await page.setContent(html, { waitUntil: 'domcontentloaded', timeout: 30_000 })
      return page.evaluate(() => {
        for (const node of Array.from(document.querySelectorAll('noscript'))) node.remove()
        return document.body?.innerText ?? ''
      })
    },
    close: () => browser.close(),
  }
}
