import type { ReportModel, ReportSection } from './report-types'

/** How much of a large report the in-app preview shows; the saved report always holds all. */
export interface PreviewLimits {
  documents: number
  claimsPerParty: number
}

export const PREVIEW_LIMITS: PreviewLimits = { documents: 12, claimsPerParty: 8 }

export interface LimitedModel {
  model: ReportModel
  /** What the preview leaves out: annotated documents, and claims in the findings. */
  omitted: { documents: number; claims: number }
}

/**
 * The model cut down for the preview, so a brief over thousands of documents stays quick to
 * show: the first documents, and the first claims per party on each issue. Everything before
 * the cut is exactly as it will be saved.
 */
export function limitForPreview(model: ReportModel, limits: PreviewLimits = PREVIEW_LIMITS): LimitedModel {
  const omitted = { documents: 0, claims: 0 }
  const keptDocumentAnchors = new Set<string>()
  const sections = model.sections.map((section): ReportSection => {
    if (section.kind === 'documents') {
      const kept = section.documents.slice(0, limits.documents)
      omitted.documents += section.documents.length - kept.length
      for (const document of kept) keptDocumentAnchors.add(document.anchor)
      return { ...section, documents: kept }
    }
    if (section.kind === 'findings') {
      const issues = section.issues.map((issue) => ({
        ...issue,
        parties: issue.parties.map((party) => {
          omitted.claims += Math.max(0, party.claims.length - limits.claimsPerParty)
          return { ...party, claims: party.claims.slice(0, limits.claimsPerParty) }
        }),
      }))
      return { ...section, issues }
    }
    return section
  })
  const withToc = sections.map((section): ReportSection => {
    if (section.kind !== 'toc' || omitted.documents === 0) return section
    const entries = section.entries.map((entry) => (entry.id === 'documents' ? { ...entry, children: entry.children.filter((child) => keptDocumentAnchors.has(child.id)) } : entry))
    return { ...section, entries }
  })
  return { model: { ...model, sections: withToc }, omitted }
}
