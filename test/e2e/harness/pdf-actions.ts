import { readFile } from 'node:fs/promises'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFObject } from 'pdf-lib'

export interface PdfActions {
  /** Link annotations, each as its target: "uri:<address>", "goto" (inside the file) or "other:<S>". */
  links: string[]
  /** Actions that run or reach out (JavaScript, Launch, SubmitForm, ImportData …), and any OpenAction / AA. */
  active: string[]
}

const name = (value: string) => PDFName.of(value)
const textOf = (object: PDFObject | undefined) => (object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : String(object))
const ACTIVE_KINDS = new Set(['/JavaScript', '/Launch', '/SubmitForm', '/ImportData', '/ResetForm', '/Rendition', '/GoToR', '/GoToE'])

/**
 * What a PDF's links and actions do. A report's links may only move inside it (its contents and
 * footnotes); a link to "javascript:", or any action that runs code or opens something, would be
 * hostile text turned into a live link.
 */
export async function readPdfActions(path: string): Promise<PdfActions> {
  const pdf = await PDFDocument.load(await readFile(path), { updateMetadata: false })
  const links: string[] = []
  const active: string[] = []
  for (const page of pdf.getPages()) {
    const annots = page.node.lookupMaybe(name('Annots'), PDFArray)
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots!.lookup(i, PDFDict)
      if (annot.get(name('Subtype')) !== name('Link')) continue
      const action = annot.lookupMaybe(name('A'), PDFDict)
      if (!action) links.push(annot.has(name('Dest')) ? 'goto' : 'other:none')
      else if (action.get(name('S')) === name('URI')) links.push(`uri:${textOf(action.lookup(name('URI')))}`)
      else if (action.get(name('S')) === name('GoTo')) links.push('goto')
      else links.push(`other:${String(action.get(name('S')))}`)
    }
  }
  // Every dictionary, nested ones included (an action is often written inside its annotation).
  const visit = (object: PDFObject, where: string): void => {
    if (object instanceof PDFArray) return object.asArray().forEach((item) => visit(item, where))
    if (!(object instanceof PDFDict)) return
    const kind = String(object.get(name('S')))
    if (ACTIVE_KINDS.has(kind) || object.has(name('JS'))) active.push(`${where}: ${kind}`)
    if (object.has(name('OpenAction')) || object.has(name('AA'))) active.push(`${where}: OpenAction/AA`)
    for (const value of object.values()) visit(value, where)
  }
  for (const [ref, object] of pdf.context.enumerateIndirectObjects()) visit(object, ref.toString())
  return { links, active }
}
