// The built renderer in Debian's Chromium, bridged to the real handler table over a temporary
// library: what the benchmarks that time the screen (matrix, review queue) start from.
import { chromium, type Browser } from '@playwright/test'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLibraryServices } from '../../electron/main/services/library-services'
import { startAppServer } from '../e2e/harness/app-server'
import { rendererDir } from '../e2e/harness/fixtures'

const parseWorkerFile = join('electron', 'main', 'services', 'importer', 'parse-worker.ts')

export interface RendererBench {
  services: Awaited<ReturnType<typeof startLibraryServices>>
  origin: string
  browser: Browser
  close(): Promise<void>
}

export async function openRendererBench(name: string): Promise<RendererBench> {
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('No built renderer in out/renderer: run `npx electron-vite build` first.')
  const libraryDir = await mkdtemp(join(tmpdir(), `parley-bench-${name}-`))
  const services = await startLibraryServices({ libraryDir, parseWorkerFile, pickImportPaths: async () => null, pickSavePath: async () => null, pickAnnotationFile: async () => null })
  const server = await startAppServer(rendererDir)
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
  return {
    services,
    origin: server.origin,
    browser,
    async close() {
      await browser.close()
      await server.close()
      await services.close()
      await rm(libraryDir, { recursive: true, force: true })
    },
  }
}
