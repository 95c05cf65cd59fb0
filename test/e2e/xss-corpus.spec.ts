import { test, expect } from '@playwright/test'
import { armed, idOfTrapPath, xssPayloads } from '../fixtures/xss/payloads'
import { startXssTrap, watchForXss } from './harness/xss-watch'

/**
 * The XSS tests (xss.spec.ts) pass when nothing leaves a trace, which proves something only if
 * the payloads and the detectors work. Here each payload is put into a bare page as live markup,
 * with no CSP: every one classed `parse` must leave its trace once parsed, and every one classed
 * `click` once its element is clicked.
 */
test('every payload of the corpus leaves its trace when it is live markup', async ({ page, context }) => {
  test.setTimeout(60_000)
  const trap = await startXssTrap()
  try {
    // The page is served (by a route, not the trap) from the trap's own origin: Chromium lets a
    // loopback page reach loopback, where an opaque about:blank page would be refused.
    const corpusPage = `${trap.url}/corpus-page`
    let body = ''
    await page.route(corpusPage, (route) => route.fulfill({ contentType: 'text/html', body }))
    const traces = await watchForXss(context, (url) => url === corpusPage || url === 'about:blank')
    const seen = () => [
      ...traces.executed,
      ...traces.dialogs.map((message) => /(\d+)$/.exec(message)?.[1] ?? message),
      ...trap.hits.map((hit) => String(idOfTrapPath(hit.split(' ')[1] ?? ''))),
      // A request Chromium refused before it left (private network access) still counts.
      ...traces.requests.map((url) => String(idOfTrapPath(url.slice(trap.url.length)))),
    ]
    const live = xssPayloads.filter((payload) => payload.fires !== 'context')
    expect(live.length).toBeGreaterThanOrEqual(40)
    const silent: string[] = []
    for (const payload of live) {
      body = `<!DOCTYPE html><html><head></head><body>${armed(payload, trap.url)}</body></html>`
      await page.goto(corpusPage)
      if (payload.click) await page.locator(payload.click).first().click({ timeout: 2_000 })
      const fired = await expect
        .poll(() => seen().includes(String(payload.id)), { timeout: 3_000 })
        .toBe(true)
        .then(() => true)
        .catch(() => false)
      if (!fired) silent.push(`${payload.id} (${payload.probe})`)
    }
    expect(silent, 'payloads classed parse/click that left no trace').toEqual([])
    // Each of the three detectors caught something, so none of them is blind.
    expect(traces.executed.length).toBeGreaterThan(0)
    expect(traces.dialogs.length).toBeGreaterThan(0)
    expect(trap.hits.length).toBeGreaterThan(0)
  } finally {
    await trap.close()
  }
})
