import { describe, expect, it } from 'vitest'
import { limitForPreview } from '../../../shared/report/preview-limits'
import { buildReportModel } from '../../../shared/report/report-model'
import type { DocumentsSection, FindingsSection, TocSection } from '../../../shared/report/report-types'
import { reportInput, reportOptions } from './report-fixture'

const section = <K extends string>(model: { sections: { kind: string }[] }, kind: K) => model.sections.find((s) => s.kind === kind)

describe('limitForPreview', () => {
  const full = buildReportModel(reportInput(), reportOptions())
  const documents = (section(full, 'documents') as DocumentsSection).documents

  it('keeps the first documents and claims, counts what it leaves out, and trims the contents to match', () => {
    const { model, omitted } = limitForPreview(full, { documents: 1, claimsPerParty: 1 })
    expect((section(model, 'documents') as DocumentsSection).documents).toEqual(documents.slice(0, 1))
    expect(omitted.documents).toBe(documents.length - 1)
    const fullClaims = (section(full, 'findings') as FindingsSection).issues.flatMap((i) => i.parties.flatMap((p) => p.claims))
    const keptClaims = (section(model, 'findings') as FindingsSection).issues.flatMap((i) => i.parties.flatMap((p) => p.claims))
    expect(omitted.claims).toBe(fullClaims.length - keptClaims.length)
    expect(omitted.claims).toBeGreaterThan(0)
    const tocDocuments = (section(model, 'toc') as TocSection).entries.find((e) => e.id === 'documents')!
    expect(tocDocuments.children.map((c) => c.id)).toEqual([documents[0]!.anchor])
  })

  it('changes nothing when the report is within the limits', () => {
    expect(limitForPreview(full, { documents: 100, claimsPerParty: 100 })).toEqual({ model: full, omitted: { documents: 0, claims: 0 } })
  })
})
