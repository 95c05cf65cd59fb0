// The positions matrix as the analyst gets it: the built renderer in Debian's Chromium, bridged to
// the real handler table over a temporary library holding the benchmark's claims. Each run goes
// from asking for the Positions page to the painted matrix: IPC, aggregation in main, React render.
import { performance } from 'node:perf_hooks'
import type { Annotation } from '../../shared/domain/annotation'
import type { PositionInput } from '../../shared/positions/types'
import { bridgeParleyApi } from '../e2e/harness/bridge'
import { openRendererBench } from './renderer-bench-harness'

export interface MatrixRenderFigures {
  /** Page asked for → matrix painted, per run. */
  totals: number[]
  /** Of which the getPositions handler in main (claims read from cache, aggregation), per run. */
  mainTimes: number[]
  /** Of which the renderer: the matrix arriving in the page → painted, per run. */
  renderTimes: number[]
  rows: number
  cells: number
}


export async function measureMatrixRender(input: PositionInput, runs: number, warmup: number): Promise<MatrixRenderFigures> {
  const { services, origin, browser, close } = await openRendererBench('matrix')
  try {
    const { store } = services
    await store.commit((data) => ({ ...data, documents: input.documents, sources: input.sources, parties: input.parties, issues: input.issues }))
    const byDocument = new Map<string, Annotation[]>()
    for (const claim of input.claims) byDocument.set(claim.target.documentId, [...(byDocument.get(claim.target.documentId) ?? []), claim])
    for (const [documentId, claims] of byDocument) await store.annotations.replaceAll(documentId, claims)

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    let mainTime = 0
    const getPositions: typeof services.handlers.getPositions = async (args) => {
      const start = performance.now()
      try {
        return await services.handlers.getPositions(args)
      } finally {
        mainTime = performance.now() - start
      }
    }
    await bridgeParleyApi(page, { ...services.handlers, getPositions }, origin)
    await page.goto(`${origin}/index.html#/library`)
    await page.getByRole('link', { name: 'Positions' }).waitFor()
    const totals: number[] = []
    const mainTimes: number[] = []
    const renderTimes: number[] = []
    let shape = { rows: 0, cells: 0 }
    for (let run = 0; run < warmup + runs; run++) {
      await page.evaluate(() => (location.hash = '#/library'))
      await page.getByRole('link', { name: 'Positions' }).waitFor()
      const figures = await page.evaluate(async () => {
        // window.parley is frozen, but it reaches the bridge through this binding at call time.
        const bridge = window as unknown as { __parleyInvoke: (channel: string, args: unknown) => Promise<unknown> }
        const invoke = bridge.__parleyInvoke
        let arrived = 0
        bridge.__parleyInvoke = async (channel, args) => {
          const result = await invoke(channel, args)
          if (channel === 'positions:get') arrived = performance.now()
          return result
        }
        const start = performance.now()
        location.hash = '#/positions'
        const selector = 'table[aria-label="Positions by issue and party"] tbody tr'
        while (document.querySelectorAll(selector).length === 0) await new Promise((r) => requestAnimationFrame(r))
        // Two frames: the one that lays the table out, and the one after it is painted.
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
        const painted = performance.now()
        bridge.__parleyInvoke = invoke
        const total = painted - start
        const render = painted - arrived
        const rows = document.querySelectorAll(selector).length
        const cells = document.querySelectorAll(`${selector} td button`).length
        return { total, render, rows, cells }
      })
      if (run >= warmup) {
        totals.push(figures.total)
        mainTimes.push(mainTime)
        renderTimes.push(figures.render)
      }
      shape = { rows: figures.rows, cells: figures.cells }
    }
    return { totals, mainTimes, renderTimes, ...shape }
  } finally {
    await close()
  }
}
