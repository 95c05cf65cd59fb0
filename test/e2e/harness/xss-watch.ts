import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { BrowserContext, Page } from '@playwright/test'

export interface XssTrap {
  /** http://127.0.0.1:PORT, what the payloads' {TRAP} becomes. */
  url: string
  /** Every request it received, as "METHOD /path". */
  hits: string[]
  close: () => Promise<void>
}

/**
 * A loopback server that records every request a payload might make (images, fonts, frames,
 * refreshes, pings). It answers 204 with no body, binds 127.0.0.1 only, and closes itself after
 * `lifetimeMs` should a test die before closing it.
 */
export async function startXssTrap(lifetimeMs = 180_000): Promise<XssTrap> {
  const hits: string[] = []
  const server = createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`)
    response.writeHead(204, { Connection: 'close' }).end()
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  let closed: Promise<void> | null = null
  const close = () => {
    closed ??= new Promise<void>((done) => {
      server.closeAllConnections()
      server.close(() => done())
    })
    return closed
  }
  setTimeout(() => void close(), lifetimeMs).unref()
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, close }
}

/** What hostile content did, if anything: each list should stay empty. */
export interface XssTraces {
  /** Ids passed to window.__xss, from any frame of any page in the context. */
  executed: string[]
  /** Messages of alert/confirm/prompt/beforeunload dialogs. */
  dialogs: string[]
  /** URLs requested that are not the app's (or the exported file's) own. */
  requests: string[]
}

/**
 * Arms a browser context: `window.__xss` exists in every frame (a Playwright binding, so the
 * record lives in the test process and survives page loads), every dialog is recorded and
 * dismissed, and every request whose URL `isOwn` does not accept is recorded.
 */
export async function watchForXss(context: BrowserContext, isOwn: (url: string) => boolean): Promise<XssTraces> {
  const traces: XssTraces = { executed: [], dialogs: [], requests: [] }
  await context.exposeFunction('__xss', (id: unknown) => void traces.executed.push(String(id)))
  context.on('dialog', (dialog) => {
    traces.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss().catch(() => undefined)
  })
  context.on('request', (request) => {
    if (!isOwn(request.url())) traces.requests.push(request.url())
  })
  return traces
}

/**
 * Lets a view finish what it started: pending bindings, image errors and animations get a few
 * frames and a short pause before the traces are read.
 */
export async function settle(page: Page, ms = 150): Promise<void> {
  await page.evaluate((wait) => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, wait)))), ms)
}
