// npm run bench:review-queue [PROPOSALS] — the review queue as the analyst drives it: the built
// renderer in Debian's Chromium, bridged to the real handler table over a temporary library of
// articles holding PROPOSALS proposed claims (default 600). Each step is a J keypress, timed from
// the key to the painted frame that shows the next proposal's card (two frames included); then D
// (dismiss), until the proposal has left the list and the count (main confirms it after).
import { bridgeParleyApi } from '../e2e/harness/bridge'
import { openRendererBench } from './renderer-bench-harness'
import { ms, percentile, printReport } from './bench-report'

const PROPOSALS = Number(process.argv[2] ?? 600)
const STEPS = 200
const speakers = ['Amira Haddad', 'Lev Petrov', 'Selin Kaya', 'Omar Nasser', 'Hana Sato', 'Ivan Orlov']

async function main() {
  const { services, origin, browser, close } = await openRendererBench('queue')
  try {
    const perFile = 200
    for (let file = 0; file * perFile < PROPOSALS; file++) {
      const count = Math.min(perFile, PROPOSALS - file * perFile)
      const paragraphs = Array.from({ length: count }, (_, i) => `“Statement ${file * perFile + i} on the Geneva talks stands as it was given,” said ${speakers[i % speakers.length]}.`)
      await services.handlers.importDroppedFile({ name: `statements-${file}.txt`, dataBase64: Buffer.from(`Delegates speak at length\n\n${paragraphs.join('\n\n')}\n`).toString('base64') })
    }
    await services.handlers.suggestClaims({ documentIds: null, force: false })
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await bridgeParleyApi(page, services.handlers, origin)
    await page.goto(`${origin}/index.html#/review`)
    await page.locator('[data-proposal-card]').waitFor()
    const waiting = await page.getByText(/proposals? waiting in/).textContent()
    // No named helpers inside evaluate: tsx would wrap them in a __name the page does not have.
    const times = await page.evaluate(async (steps) => {
      const out: number[] = []
      for (let i = 0; i < steps; i++) {
        const before = document.querySelector('[data-proposal-card]')?.getAttribute('data-proposal-card')
        const start = performance.now()
        document.documentElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', code: 'KeyJ', bubbles: true }))
        while (document.querySelector('[data-proposal-card]')?.getAttribute('data-proposal-card') === before) await new Promise((r) => requestAnimationFrame(r))
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
        out.push(performance.now() - start)
      }
      return out
    }, STEPS)
    const dismiss = await page.evaluate(async () => {
      const before = document.body.textContent?.match(/([\d,]+) proposals? waiting/)?.[1]
      const start = performance.now()
      document.documentElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'd', code: 'KeyD', bubbles: true }))
      while (document.body.textContent?.match(/([\d,]+) proposals? waiting/)?.[1] === before) await new Promise((r) => requestAnimationFrame(r))
      return performance.now() - start
    })
    const p50 = percentile(times, 50)
    const p95 = percentile(times, 95)
    printReport(`Review queue: ${STEPS} steps with J through ${waiting?.trim()}`, [
      { measure: 'J → next card painted, median', value: ms(p50) },
      { measure: 'J → next card painted, 95th percentile', value: ms(p95), target: '< 100 ms', pass: p95 < 100 },
      { measure: 'J → next card painted, slowest', value: ms(Math.max(...times)) },
      { measure: 'D → the proposal gone from the list and the count', value: ms(dismiss), target: '< 100 ms', pass: dismiss < 100 },
    ], { proposals: PROPOSALS, steps: STEPS, medianMs: Math.round(p50 * 10) / 10, p95Ms: Math.round(p95 * 10) / 10, maxMs: Math.round(Math.max(...times) * 10) / 10, dismissMs: Math.round(dismiss) })
  } finally {
    await close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
