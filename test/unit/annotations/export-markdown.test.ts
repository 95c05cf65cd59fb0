import { describe, expect, it } from 'vitest'
import { join, resolve } from 'node:path'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { seedSampleLibrary } from '../../../electron/main/services/sample-library'
import { seedSampleAnalysis } from '../../../electron/main/services/sample-analysis'
import { inProcessParserRunner } from '../../../electron/main/services/importer/parser-runner'
import { AnnotationTransfer } from '../../../electron/main/services/annotations/annotation-transfer'
import { UndoHistory } from '../../../electron/main/services/annotations/undo-history'
import { tempDir } from '../temp-library'

async function analysed() {
  const store = await LibraryStore.open(join(await tempDir(), 'lib'))
  await seedSampleLibrary(store, resolve('resources/sample-library'), inProcessParserRunner)
  await seedSampleAnalysis(store, resolve('resources/sample-analysis.json'))
  return { store, transfer: new AnnotationTransfer(store, new UndoHistory(store)) }
}

describe('Markdown export', () => {
  it('one document: YAML front matter, each annotation as a block quote with speaker, party, issue, stance, then note and #tags', async () => {
    const { store, transfer } = await analysed()
    const document = store.listDocuments().find((d) => d.title.startsWith('Turkey draws red line'))!
    const { content, suggestedName } = await transfer.export('md', document.id)
    const text = content as string
    expect(suggestedName).toBe('turkey-draws-red-line-over-kurdish-role-in-sochi-congress.md')
    expect(text).toMatch(/^---\ntitle: "Turkey draws red line over Kurdish role in Sochi congress"\noutlet: "Anatolia Review"\n(author: ".*"\n)?date: "2017-11-29"\n---\n\n# Turkey draws red line/)
    expect(text).toMatch(/^> .*terrorist organisation/m)
    expect(text).toMatch(/^> — \*\*Mevlut Cavusoglu\*\* \(Turkey\) · Kurdish participation · opposes/m)
    // Front matter a YAML reader takes: every value a quoted string.
    for (const line of text.split('---')[1]!.trim().split('\n')) expect(line).toMatch(/^[a-z]+: ".*"$/)
  })

  it('the library’s claims, issue by issue, each with its article; hostile text stays text', async () => {
    const { store, transfer } = await analysed()
    const [first] = store.listDocuments()
    await store.commit((data) => ({ ...data, issues: data.issues.map((i, n) => (n === 0 ? { ...i, title: '# <script>alert(1)</script> [x](javascript:alert(1))' } : i)) }))
    const text = (await transfer.export('md', null)).content as string
    expect(text).toMatch(/^---\ntitle: "Claims"\nexported: "\d{4}-\d{2}-\d{2}"\nclaims: "10"\n---/)
    expect(text).not.toContain('<script>')
    // Brackets are escaped, so no link forms: no unescaped "](javascript:".
    expect(text).not.toMatch(/[^\\]\]\(javascript:/)
    expect(text).toContain('## \\# &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(1))')
    expect(text).toMatch(/^> \*.+\*, .+$/m)
    expect(first).toBeDefined()
  })

  it('a Hypothesis-compatible export reads back as Hypothesis, onto the same passages', async () => {
    const { store, transfer } = await analysed()
    const { content } = await transfer.export('hypothesis', null)
    const file = JSON.parse(content as string) as { export_date: string; annotations: Array<{ uri: string; target: unknown[] }> }
    expect(file.annotations).toHaveLength(12)
    const other = await analysed()
    const before = [...(await other.store.annotations.loadAll()).values()].flat().length
    const result = await other.transfer.import(content as string, 'h.json')
    expect(result).toMatchObject({ fileKind: 'Hypothesis', notPlaced: [] })
    expect(result.imported).toBe(12)
    expect([...(await other.store.annotations.loadAll()).values()].flat().length).toBe(before + 12)
    expect(store).toBeDefined()
  })
})
