import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../shared/domain/annotation'
import type { ParleyDocument } from '../../../shared/domain/document'
import type { ReportOptions } from '../../../shared/report/report-options'
import { reportDocumentIds, scopedAnnotations, withinPeriod } from '../../../shared/report/report-scope'
import { annotations, documents, reportOptions } from './report-fixture'

type Scope = Partial<ReportOptions['scope']>
const ids = (scope: Scope, docs: ParleyDocument[] = documents, list: Annotation[] = annotations) =>
  scopedAnnotations(docs, list, reportOptions({ scope })).map((a) => a.id)
const docIds = (scope: Scope) => reportDocumentIds(documents, annotations, reportOptions({ scope }))

describe('report scope', () => {
  it('keeps everything by default and lists annotated documents oldest first', () => {
    expect(ids({})).toHaveLength(annotations.length)
    expect(docIds({})).toEqual(['doc-reuters', 'doc-gulf', 'doc-pdf'])
  })

  it('keeps only the selected documents', () => {
    expect(docIds({ documentIds: ['doc-pdf', 'doc-unknown'] })).toEqual(['doc-pdf'])
    expect(ids({ documentIds: ['doc-gulf'] })).toEqual(['c-figures', 'h-orphan'])
  })

  it('filters claims by issue and party, leaving highlights and notes to the document and tag rules', () => {
    expect(ids({ issueIds: ['issue-constitution'] })).toEqual(['c-hnc-committee', 'c-astana-committee', 'h-overlap', 'n-first-mention', 'h-orphan'])
    expect(ids({ partyIds: ['party-gov'] })).toEqual(['c-gov', 'h-overlap', 'n-first-mention', 'h-orphan'])
    expect(ids({ partyIds: ['party-gov'], issueIds: ['issue-constitution'] })).toEqual(['h-overlap', 'n-first-mention', 'h-orphan'])
  })

  it('filters every kind by tag (any of)', () => {
    expect(ids({ tagIds: ['tag-geneva'] })).toEqual(['c-hnc-wary', 'c-figures'])
    expect(ids({ tagIds: ['tag-summit'] })).toEqual(['c-putin', 'c-gov', 'c-astana-committee', 'n-first-mention'])
    expect(docIds({ tagIds: ['tag-geneva'] })).toEqual(['doc-reuters', 'doc-gulf'])
  })

  it('dates claims by statement date, else publication; highlights and notes by publication', () => {
    // c-figures has no statement date: its document appeared on 2017-11-23, as did the orphan's.
    expect(ids({ from: '2017-11-23', to: '2017-11-30' })).toEqual(['c-figures', 'h-orphan'])
    expect(docIds({ from: '2017-11-23', to: '2017-11-30' })).toEqual(['doc-gulf'])
    // Said on 2017-12-21, published on 2017-12-22: the statement is in the period, its document is shown.
    expect(ids({ from: '2017-12-01', to: '2017-12-21' })).toEqual(['c-hnc-committee'])
    expect(docIds({ from: '2017-12-01', to: '2017-12-21' })).toEqual(['doc-pdf'])
    // A timestamp counts by its day.
    expect(ids({ to: '2017-11-22' })).toEqual(['c-putin', 'c-hnc-wary', 'c-gov', 'h-overlap', 'n-first-mention'])
  })

  it('drops undated items once a bound is set, but keeps a dated statement in an undated document', () => {
    const undated: ParleyDocument = { ...documents[0]!, id: 'doc-undated', publishedAt: null }
    const inUndated = annotations
      .filter((a) => a.id === 'c-hnc-committee' || a.id === 'h-overlap')
      .map((a) => ({ ...a, id: `${a.id}-undated`, target: { ...a.target, documentId: 'doc-undated' } }))
    expect(ids({}, [...documents, undated], inUndated)).toEqual(['c-hnc-committee-undated', 'h-overlap-undated'])
    expect(ids({ from: '2017-12-01' }, [...documents, undated], inUndated)).toEqual(['c-hnc-committee-undated'])
  })

  it('drops annotations of documents that are not in the library', () => {
    const stray = { ...annotations[0]!, id: 'stray', target: { ...annotations[0]!.target, documentId: 'doc-deleted' } }
    expect(ids({}, documents, [stray])).toEqual([])
  })

  it('bounds periods inclusively', () => {
    expect(withinPeriod('2017-11-22', { from: '2017-11-22', to: '2017-11-22' })).toBe(true)
    expect(withinPeriod('2017-11-21', { from: '2017-11-22', to: null })).toBe(false)
    expect(withinPeriod('2017-11-23', { from: null, to: '2017-11-22' })).toBe(false)
    expect(withinPeriod(null, { from: null, to: null })).toBe(true)
    expect(withinPeriod(null, { from: '2017-01-01', to: null })).toBe(false)
  })
})
