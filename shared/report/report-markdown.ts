import { escapeMarkdownInline, Slugger } from './escape-markdown'
import { documentsMarkdown, findingsMarkdown, matrixMarkdown } from './markdown-body'
import { coverMarkdown, legendMarkdown, sourcesMarkdown, summaryMarkdown, tocMarkdown, type HeadingFn } from './markdown-front'
import type { ReportModel, ReportSection } from './report-types'

/**
 * The report as GitHub-flavoured Markdown: headings, pipe tables, blockquotes, **bold** for
 * highlighted passages and [^N] footnotes. All user text is escaped (see escape-markdown.ts).
 * Headings get GitHub's anchors; the contents, rendered last, links to the anchors they got.
 */
export function renderReportMarkdown(model: ReportModel): string {
  const slugger = new Slugger()
  const anchors = new Map<string, string>()
  const heading: HeadingFn = (level, title, anchorFor) => {
    const slug = slugger.slug(title)
    if (anchorFor) anchors.set(anchorFor, slug)
    return `${'#'.repeat(level)} ${escapeMarkdownInline(title)}`
  }

  const title = heading(1, model.meta.title)
  // The cover has no headings, so the contents heading is the next one GitHub numbers.
  const toc = model.sections.find((s) => s.kind === 'toc')
  const tocHeading = toc ? heading(2, toc.title) : ''
  const render = (section: ReportSection): string | null => {
    switch (section.kind) {
      case 'nothing-yet':
        return [heading(2, section.title), escapeMarkdownInline(section.holds), section.steps.map((s, i) => `${i + 1}. ${escapeMarkdownInline(s)}`).join('\n')].join('\n\n')
      case 'cover':
        return coverMarkdown(section, model.meta)
      case 'toc':
        return null // After the rest, once every heading has its anchor.
      case 'summary':
        return summaryMarkdown(section, heading)
      case 'matrix':
        return matrixMarkdown(section, heading)
      case 'findings':
        return findingsMarkdown(section, heading)
      case 'documents':
        return documentsMarkdown(section, heading)
      case 'sources':
        return sourcesMarkdown(section, heading)
      case 'legend':
        return legendMarkdown(section, heading)
    }
  }
  const parts = model.sections.map(render)
  if (toc) parts[model.sections.indexOf(toc)] = tocMarkdown(toc, tocHeading, anchors)
  return `${[title, ...parts.filter((p): p is string => p !== null)].join('\n\n')}\n`
}
