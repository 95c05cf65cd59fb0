import { describe, expect, it } from 'vitest'
import type { ContentBlock } from '../../../shared/domain/content'
import { documentText } from '../../../shared/report/document-text'
import { buildPassages } from '../../../shared/report/model-passages'
import { documentsHtml } from '../../../shared/report/html-documents'
import { documentsMarkdown } from '../../../shared/report/markdown-body'
import type { DocumentsSection } from '../../../shared/report/report-types'

const blocks: ContentBlock[] = [
  { kind: 'paragraph', text: 'The Russian leader spoke after the talks.', page: null, removed: null },
  { kind: 'speech', text: 'We agreed to support the convening of a congress.', page: null, removed: null, speaker: { name: 'Vladimir Putin', role: 'Russian President' } },
  { kind: 'speech', text: 'We will not take <part>.', page: null, removed: null, speaker: { name: 'Nasr <b>al-Hariri</b>', role: null } },
]

function section(): DocumentsSection {
  const passages = buildPassages(documentText(blocks), [], 'full', () => null)
  return {
    kind: 'documents',
    id: 'documents',
    title: 'Annotated documents',
    mode: 'full',
    documents: [{ anchor: 'document-1', documentId: 'd', title: 'Transcript', outlet: null, byline: null, date: null, sameStoryAs: [], textAvailable: true, passages, unanchored: [], footnotes: [] }],
  }
}

describe('speech passages in a report', () => {
  it('name their speaker before the words, in HTML and Markdown, escaped', () => {
    const passages = section().documents[0]!.passages
    expect(passages.map((p) => p.speaker)).toEqual([null, 'Vladimir Putin, Russian President', 'Nasr <b>al-Hariri</b>'])
    const html = documentsHtml(section())
    expect(html).toContain('<span class="speaker">Vladimir Putin, Russian President:</span> We agreed to support')
    expect(html).toContain('<span class="speaker">Nasr &lt;b&gt;al-Hariri&lt;/b&gt;:</span> We will not take &lt;part&gt;.')
    const markdown = documentsMarkdown(section(), (level, title) => `${'#'.repeat(level)} ${title}`)
    expect(markdown).toContain('**Vladimir Putin, Russian President:** We agreed to support the convening of a congress.')
    expect(markdown).not.toContain('<b>')
  })
})
