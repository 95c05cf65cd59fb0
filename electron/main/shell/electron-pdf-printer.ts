import { BrowserWindow, session } from 'electron'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { pdfMarginsInches } from '../../../shared/report/page-geometry'
import { PDF_PRINT_TIMEOUT_MS, printWithin, type PdfPrinter } from '../services/report/pdf-printer'

/** Its own in-memory session: the report window loads one local file and nothing else. */
const PRINT_PARTITION = 'parley-report-print'

/**
 * Prints report HTML with Electron's printToPDF from a hidden window: no preload, JavaScript off,
 * sandboxed, every request but the report file refused. Stopped after a timeout or on cancel.
 */
export const electronPdfPrinter: PdfPrinter = {
  async print(job, signal) {
    const dir = await mkdtemp(join(tmpdir(), 'parley-report-'))
    const file = join(dir, 'report.html')
    await writeFile(file, job.html, 'utf8')
    const allowed = pathToFileURL(file).href
    const printSession = session.fromPartition(PRINT_PARTITION)
    printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== allowed }))
    const window = new BrowserWindow({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick', session: printSession },
    })
    try {
      return await printWithin(PDF_PRINT_TIMEOUT_MS, signal, () => window.destroy(), async () => {
        await window.loadURL(allowed)
        const pdf = await window.webContents.printToPDF({
          pageSize: job.pageSize,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: job.headerTemplate,
          footerTemplate: job.footerTemplate,
          margins: pdfMarginsInches,
          generateTaggedPDF: true,
          generateDocumentOutline: true,
        })
        return new Uint8Array(pdf)
      })
    } finally {
      if (!window.isDestroyed()) window.destroy()
      await rm(dir, { recursive: true, force: true })
    }
  },
}
