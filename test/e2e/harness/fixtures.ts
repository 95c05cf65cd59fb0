import { test as base, expect, type Page } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startLibraryServices, type LibraryServices } from '../../../electron/main/services/library-services'
import { startAppServer, type AppServer } from './app-server'
import { bridgeParleyApi } from './bridge'
import type { PdfPrinter } from '../../../electron/main/services/report/pdf-printer'

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..')
export const rendererDir = join(repoRoot, 'out', 'renderer')
export const sampleLibraryDir = join(repoRoot, 'resources', 'sample-library')
export const fixturesDir = join(repoRoot, 'test', 'fixtures')
const parseWorkerFile = join(repoRoot, 'electron', 'main', 'services', 'importer', 'parse-worker.ts')

export interface ParleyHarness {
  page: Page
  services: LibraryServices
  libraryDir: string
  origin: string
  /** What the next import dialog returns (null: the analyst cancels). */
  setDialogFiles: (paths: string[] | null) => void
  /** Which kind of dialog ('files' or 'folder') the app last asked for. */
  lastDialogKind: () => string | null
  /** What the next "save export" dialog returns (default: a file beside the temp library). */
  setSavePath: (path: string | null) => void
  /** What the next "import annotations" dialog returns. */
  setAnnotationFile: (path: string | null) => void
  /** Opens the app (again) at a hash route. */
  open: (hash?: string) => Promise<void>
  /** Files the app asked the system to open or show in their folder, in order. */
  revealed: () => ReadonlyArray<{ path: string; how: 'open' | 'show' }>
}

interface Options {
  /** Seed the sample articles as the app does on first run. */
  seedSamples: boolean
  /** Also seed the sample analysis, as the app's first run does. */
  seedSampleAnalysis: boolean
  /** Prints report PDFs; by default the Debian Chromium, as the command line does. */
  pdfPrinter: PdfPrinter | undefined
}

/**
 * Each test gets a fresh temporary library behind the real handler table and the real dispatcher;
 * the page's window.parley is built by the preload's own buildParleyApi, with Playwright's
 * binding standing in for ipcRenderer.invoke.
 */
export const test = base.extend<Options & { server: AppServer; parley: ParleyHarness }>({
  seedSamples: [true, { option: true }],
  seedSampleAnalysis: [false, { option: true }],
  pdfPrinter: [undefined, { option: true }],
  server: async ({}, use) => {
    const server = await startAppServer(rendererDir)
    await use(server)
    await server.close()
  },
  parley: async ({ page, server, seedSamples, seedSampleAnalysis, pdfPrinter }, use) => {
    const libraryDir = await mkdtemp(join(tmpdir(), 'parley-e2e-'))
    let dialogFiles: string[] | null = null
    let dialogKind: string | null = null
    let savePath: string | null | undefined
    let annotationFile: string | null = null
    const revealed: Array<{ path: string; how: 'open' | 'show' }> = []
    const services = await startLibraryServices({
      libraryDir,
      sampleLibraryDir: seedSamples ? sampleLibraryDir : undefined,
      sampleAnalysisFile: seedSampleAnalysis ? join(repoRoot, 'resources', 'sample-analysis.json') : undefined,
      pdfPrinter,
      parseWorkerFile,
      pickImportPaths: async (kind) => {
        dialogKind = kind
        return dialogFiles
      },
      pickSavePath: async (suggestedName) => (savePath === undefined ? join(libraryDir, '..', `${libraryDir.split('/').pop()}-${suggestedName}`) : savePath),
      pickAnnotationFile: async () => annotationFile,
      // The system shell is Electron's; here each request is recorded for the test to check.
      revealSavedFile: async (path, how) => {
        revealed.push({ path, how })
      },
    })
    await bridgeParleyApi(page, services.handlers, server.origin)
    const consoleErrors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => consoleErrors.push(error.message))
    await use({
      page,
      services,
      libraryDir,
      origin: server.origin,
      setDialogFiles: (paths) => {
        dialogFiles = paths
      },
      lastDialogKind: () => dialogKind,
      setSavePath: (path) => {
        savePath = path
      },
      setAnnotationFile: (path) => {
        annotationFile = path
      },
      open: async (hash = '#/library') => {
        await page.goto(`${server.origin}/index.html${hash}`)
      },
      revealed: () => revealed,
    })
    await services.close()
    await rm(libraryDir, { recursive: true, force: true })
    // A CSP violation or an uncaught error in the page fails the test that caused it.
    expect(consoleErrors, 'console errors in the page').toEqual([])
  },
})

export { expect }
