import { existsSync } from 'node:fs'
import { ParleyError } from '../../../../shared/ipc/errors'
import { pdfMargins } from '../../../../shared/report/page-geometry'
import { PDF_PRINT_TIMEOUT_MS, printWithin, type PdfPrintJob, type PdfPrinter } from './pdf-printer'

/** Where Chromium or Chrome usually lives, per platform, after CHROMIUM_PATH. */
export const USUAL_CHROMIUM_PATHS: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files\\Chromium\\Application\\chrome.exe'],
}

/** The Chromium to print with: CHROMIUM_PATH if set (it must exist), else the first usual path found. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform, exists: (path: string) => boolean = existsSync): string {
  const configured = env.CHROMIUM_PATH?.trim()
  if (configured) {
    if (exists(configured)) return configured
    throw new ParleyError('export-failed', `CHROMIUM_PATH is set to ${configured}, but there is no file there. Point CHROMIUM_PATH at a Chromium or Chrome executable.`)
  }
  const usual = USUAL_CHROMIUM_PATHS[platform] ?? []
  const found = usual.find((path) => exists(path))
  if (found) return found
  throw new ParleyError('export-failed', `No Chromium found to print the PDF (looked in ${usual.join(', ') || 'no usual places on this system'}). Install Chromium, or set the CHROMIUM_PATH environment variable to a Chromium or Chrome executable.`)
}

/**
 * Prints with a Chromium on this machine through Playwright: a fresh headless browser per job,
 * JavaScript off and every request refused, as the report needs neither.
 */
export class ChromiumPdfPrinter implements PdfPrinter {
  constructor(
    private readonly executablePath: string,
    private readonly timeoutMs = PDF_PRINT_TIMEOUT_MS,
  ) {}

  async print(job: PdfPrintJob, signal?: AbortSignal): Promise<Uint8Array> {
    // Chromium refuses to sandbox itself as root (containers, CI); the page runs no script anyway.
    const args = process.getuid?.() === 0 ? ['--no-sandbox'] : []
    // Loaded on first print: the app prints with Electron and never needs Playwright at start-up.
    const { chromium } = await import('playwright-core')
    const browser = await chromium.launch({ executablePath: this.executablePath, headless: true, args: [...args, '--disable-gpu', '--disable-dev-shm-usage'] })
    try {
      return await printWithin(this.timeoutMs, signal, () => void browser.close(), async () => {
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
        await context.route('**/*', (route) => route.abort())
        const page = await context.newPage()
        await page.setContent(job.html, { waitUntil: 'load' })
        return page.pdf({
          format: job.pageSize,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: job.headerTemplate,
          footerTemplate: job.footerTemplate,
          margin: pdfMargins,
          tagged: true,
          outline: true,
        })
      })
    } finally {
      await browser.close().catch(() => undefined)
    }
  }
}

/** A printer that looks for Chromium when it first prints, so the error names CHROMIUM_PATH then. */
export const chromiumOnThisMachine: PdfPrinter = {
  print: (job, signal) => new ChromiumPdfPrinter(findChromium()).print(job, signal),
}
