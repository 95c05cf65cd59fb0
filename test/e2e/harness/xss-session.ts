import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'
import type { ParleyHarness } from './fixtures'
import { liveMarkup } from './xss-dom'
import { writeHostileImports } from './xss-files'
import { startXssTrap, settle, watchForXss, type XssTrap, type XssTraces } from './xss-watch'

export interface XssSession {
  trap: XssTrap
  traces: XssTraces
  files: Awaited<ReturnType<typeof writeHostileImports>>
  /** Fails, naming the view, if anything ran, asked, loaded or became live markup so far. */
  expectClean: (view: string, page?: Page, origin?: string) => Promise<void>
  /** Lets one more URL be requested: the exported report the test itself opens as a page. */
  allowUrl: (url: string) => void
  close: () => Promise<void>
}

/**
 * A trap server, a watch on the parley page's browser context (requests outside the app's origin
 * count), and the hostile files to import, written to a temporary folder of their own.
 */
export async function startXssSession(parley: ParleyHarness): Promise<XssSession> {
  const trap = await startXssTrap()
  const allowed = new Set<string>()
  const traces = await watchForXss(parley.page.context(), (url) => url.startsWith(`${parley.origin}/`) || allowed.has(url))
  const dir = await mkdtemp(join(tmpdir(), 'parley-xss-'))
  const files = await writeHostileImports(dir, trap.url)
  return {
    trap,
    traces,
    files,
    expectClean: async (view, page = parley.page, origin = parley.origin) => {
      await settle(page)
      const found = { executed: traces.executed, dialogs: traces.dialogs, requests: traces.requests, trapHits: trap.hits, liveMarkup: await liveMarkup(page, origin) }
      expect(found, `traces of hostile content after: ${view}`).toEqual({ executed: [], dialogs: [], requests: [], trapHits: [], liveMarkup: [] })
    },
    allowUrl: (url) => void allowed.add(url),
    close: async () => {
      await trap.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
