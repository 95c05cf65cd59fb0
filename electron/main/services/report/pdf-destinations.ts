import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib'

/**
 * The page (1-based) each named destination of a PDF lands on. Chromium writes one per element
 * id that a link points to, in the catalog's /Dests, as [page-ref /XYZ x y zoom]: exactly where
 * each contents entry's section begins in print.
 */
export async function destinationPages(pdf: Uint8Array): Promise<Map<string, number>> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false })
  const pageOf = new Map(document.getPages().map((page, index) => [page.ref.toString(), index + 1]))
  const pages = new Map<string, number>()
  const dests = document.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)
  for (const [name, value] of dests?.entries() ?? []) {
    const target = document.context.lookup(value)
    const array = target instanceof PDFArray ? target : target instanceof PDFDict ? target.lookupMaybe(PDFName.of('D'), PDFArray) : undefined
    const ref = array?.get(0)
    const page = ref instanceof PDFRef ? pageOf.get(ref.toString()) : undefined
    if (page !== undefined) pages.set(decodeName(name.asString()), page)
  }
  return pages
}

/** "/issue-2" → "issue-2"; PDF names escape other bytes as #xx. */
const decodeName = (name: string) => name.replace(/^\//, '').replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
