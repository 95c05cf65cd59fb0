import type { Annotation } from '../domain/annotation'
import type { ParleyDocument } from '../domain/document'
import { stanceLook } from '../domain/vocabulary'
import { escapeMarkdownInline, escapeMarkdownLine } from '../report/escape-markdown'
import type { AnnotationExportInput } from './export-w3c'
import { tagPath } from './export-w3c'

/*
 * Markdown for Obsidian and GitHub: YAML front matter (title, outlet, date, URL), each annotation
 * as a block quote of its words with who said it, for whom, on what and how, then the analyst's
 * note and tags as #tags. Everything from an article or a registry is escaped, so a quote such
 * as "# Breaking" or "<script>" stays text; the analyst's own note is Markdown and kept as such,
 * with raw HTML turned into text.
 */

/** A YAML scalar that any YAML reader takes as the string it is (JSON strings are valid YAML). */
const yaml = (value: string) => JSON.stringify(value)

/** "#sochi-congress", "#actors/russia": Obsidian and GitHub tags have no spaces. */
const hashtag = (path: string) => `#${path.trim().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}_/-]/gu, '')}`

/** The analyst's Markdown note: HTML becomes text, the rest is kept. */
const noteMarkdown = (note: string) => note.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)

function frontMatter(fields: Array<[string, string | null | undefined]>): string {
  const lines = fields.filter(([, value]) => value).map(([key, value]) => `${key}: ${yaml(value!)}`)
  return `---\n${lines.join('\n')}\n---`
}

function annotationBlock(annotation: Annotation, input: AnnotationExportInput, document: ParleyDocument | null): string {
  const quote = annotation.target.quote.exact.split(/\n+/).map((line) => `> ${escapeMarkdownLine(line)}`).join('\n>\n')
  const lines = [quote]
  if (annotation.kind === 'claim') {
    const source = input.sources.find((s) => s.id === annotation.sourceId)?.name ?? 'Unknown source'
    const parties = annotation.partyIds.map((id) => input.parties.find((p) => p.id === id)?.name).filter(Boolean).join(', ')
    const issue = input.issues.find((i) => i.id === annotation.issueId)?.title ?? 'Unknown issue'
    const when = annotation.statementDate ?? document?.publishedAt?.slice(0, 10) ?? null
    lines.push(`>\n> — **${escapeMarkdownInline(source)}**${parties ? ` (${escapeMarkdownInline(parties)})` : ''} · ${escapeMarkdownInline(issue)} · ${stanceLook(annotation.stance).label.toLowerCase()}${when ? ` · ${when}` : ''}`)
  }
  if (document) lines.push(`>\n> *${escapeMarkdownInline(document.title)}*${document.outlet ? `, ${escapeMarkdownInline(document.outlet)}` : ''}`)
  const parts = [lines.join('\n')]
  if (annotation.note.trim()) parts.push(noteMarkdown(annotation.note.trim()))
  const tags = annotation.tagIds.map((id) => input.tags.find((t) => t.id === id)).filter((t) => t !== undefined)
  if (tags.length) parts.push(tags.map((t) => hashtag(tagPath(t, new Map(input.tags.map((x) => [x.id, x]))))).join(' '))
  return parts.join('\n\n')
}

const inTextOrder = (a: Annotation, b: Annotation) => a.target.position.start - b.target.position.start

/** One document and its annotations, in text order. */
export function documentMarkdown(document: ParleyDocument, input: AnnotationExportInput): string {
  const annotations = input.annotations.filter((a) => a.target.documentId === document.id).sort(inTextOrder)
  const head = frontMatter([['title', document.title], ['outlet', document.outlet], ['author', document.byline], ['date', document.publishedAt?.slice(0, 10)], ['url', document.url ?? null]])
  const body = annotations.length ? annotations.map((a) => annotationBlock(a, input, null)).join('\n\n---\n\n') : '*No annotations yet.*'
  return `${head}\n\n# ${escapeMarkdownInline(document.title)}\n\n${body}\n`
}

/** The library's claims, issue by issue, each with its article. */
export function claimsMarkdown(input: AnnotationExportInput & { exportedAt: string }): string {
  const claims = input.annotations.filter((a) => a.kind === 'claim')
  const byIssue = new Map<string, Annotation[]>()
  for (const claim of claims) if (claim.kind === 'claim') byIssue.set(claim.issueId, [...(byIssue.get(claim.issueId) ?? []), claim])
  const documents = new Map(input.documents.map((d) => [d.id, d]))
  const sections = [...byIssue]
    .map(([issueId, list]) => ({ title: input.issues.find((i) => i.id === issueId)?.title ?? 'Unknown issue', list }))
    .sort((a, b) => a.title.localeCompare(b.title))
    .map(({ title, list }) => `## ${escapeMarkdownInline(title)}\n\n${list.map((claim) => annotationBlock(claim, input, documents.get(claim.target.documentId) ?? null)).join('\n\n---\n\n')}`)
  const head = frontMatter([['title', 'Claims'], ['exported', input.exportedAt.slice(0, 10)], ['claims', String(claims.length)]])
  return `${head}\n\n# Claims\n\n${sections.length ? sections.join('\n\n') : '*No claims yet.*'}\n`
}
