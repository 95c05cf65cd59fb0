import type { Annotation, Claim } from '../domain/annotation'
import type { Issue, Party, Source, Tag } from '../domain/registries'
import { stanceLook } from '../domain/vocabulary'
import { codePointOffsets } from './code-points'

/** What a REFI-QDA project is made from: the library's documents, registries and annotations. */
export interface QdaProjectInput {
  name: string
  createdAt: string
  /** The analyst, who becomes the project's user. */
  user: { guid: string; name: string }
  documents: Array<{ id: string; title: string; text: string; importedAt: string }>
  annotations: readonly Annotation[]
  tags: readonly Tag[]
  sources: readonly Source[]
  parties: readonly Party[]
  issues: readonly Issue[]
  /** Fresh GUIDs for the elements that have no Parley id (codings, memos). */
  newGuid: () => string
}

export interface QdaProject {
  /** project.qde */
  xml: string
  /** Sources/<guid>.txt, one per document, UTF-8. */
  sources: Array<{ path: string; text: string }>
}

// Fixed GUIDs for the codes Parley adds above its registries, so every export names them alike.
const GROUPS = {
  sources: 'b7c1e2a0-5f3d-4c6e-9a10-000000000001',
  parties: 'b7c1e2a0-5f3d-4c6e-9a10-000000000002',
  issues: 'b7c1e2a0-5f3d-4c6e-9a10-000000000003',
  stances: 'b7c1e2a0-5f3d-4c6e-9a10-000000000004',
  highlights: 'b7c1e2a0-5f3d-4c6e-9a10-000000000005',
} as const
const STANCE_GUIDS: Record<Claim['stance'], string> = {
  supports: 'b7c1e2a0-5f3d-4c6e-9a10-000000000101',
  opposes: 'b7c1e2a0-5f3d-4c6e-9a10-000000000102',
  conditional: 'b7c1e2a0-5f3d-4c6e-9a10-000000000103',
  wary: 'b7c1e2a0-5f3d-4c6e-9a10-000000000104',
  neutral: 'b7c1e2a0-5f3d-4c6e-9a10-000000000105',
  unclear: 'b7c1e2a0-5f3d-4c6e-9a10-000000000106',
}

const attr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`)
/** XML 1.0 forbids most control characters even escaped: they are dropped from text. */
const xmlText = (value: string) => attr(value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''))
const clean = (value: string) => xmlText(value)
const colour = (value: string) => (/^#[0-9a-fA-F]{6}$/.test(value) ? ` color="${value.toUpperCase()}"` : '')

interface CodeNode {
  guid: string
  name: string
  color?: string
  codable: boolean
  children: CodeNode[]
}

function codeXml(node: CodeNode, depth: number): string {
  const pad = '  '.repeat(depth)
  const open = `${pad}<Code guid="${node.guid}" name="${clean(node.name)}" isCodable="${node.codable}"${node.color ? colour(node.color) : ''}`
  if (node.children.length === 0) return `${open}/>`
  return `${open}>\n${node.children.map((child) => codeXml(child, depth + 1)).join('\n')}\n${pad}</Code>`
}

/** Tags keep their hierarchy; a tag whose parent is missing (or in a loop) sits at the top. */
function tagTree(tags: readonly Tag[]): CodeNode[] {
  const nodes = new Map(tags.map((tag) => [tag.id, { guid: tag.id, name: tag.name, color: tag.color, codable: true, children: [] as CodeNode[] }]))
  const roots: CodeNode[] = []
  for (const tag of tags) {
    let ancestor = tag.parentId
    const seen = new Set([tag.id])
    while (ancestor && !seen.has(ancestor) && nodes.has(ancestor)) {
      seen.add(ancestor)
      ancestor = tags.find((t) => t.id === ancestor)?.parentId ?? null
    }
    const parent = tag.parentId && !seen.has(ancestor ?? '') && nodes.get(tag.parentId)
    if (parent && ancestor === null) parent.children.push(nodes.get(tag.id)!)
    else roots.push(nodes.get(tag.id)!)
  }
  return roots
}

/**
 * The project.qde of a REFI-QDA Project (standard 1.0): the analyst as user; tags as codes with
 * their hierarchy and colours, and the claim dimensions (source, party, issue, stance) as code
 * groups; each document a text source whose highlights and claims are coded plain-text
 * selections at their character offsets; notes as memos on their selection.
 */
export function buildQdaProject(input: QdaProjectInput): QdaProject {
  const { user, newGuid } = input
  const codebook: CodeNode[] = [
    ...tagTree(input.tags),
    { guid: GROUPS.sources, name: 'Sources (who said it)', codable: false, children: input.sources.map((s) => ({ guid: s.id, name: s.name, codable: true, children: [] })) },
    { guid: GROUPS.parties, name: 'Parties', codable: false, children: input.parties.map((p) => ({ guid: p.id, name: p.name, color: p.color, codable: true, children: [] })) },
    { guid: GROUPS.issues, name: 'Issues', codable: false, children: input.issues.map((i) => ({ guid: i.id, name: i.title, codable: true, children: [] })) },
    { guid: GROUPS.stances, name: 'Stances', codable: false, children: Object.entries(STANCE_GUIDS).map(([stance, guid]) => ({ guid, name: stanceLook(stance as keyof typeof STANCE_GUIDS).label, codable: true, children: [] })) },
    { guid: GROUPS.highlights, name: 'Highlights', codable: true, children: [] },
  ].filter((node) => node.codable || node.children.length > 0)
  const known = new Set<string>()
  const collect = (nodes: CodeNode[]) => nodes.forEach((n) => (known.add(n.guid), collect(n.children)))
  collect(codebook)

  const notes: string[] = []
  const byDocument = new Map<string, Annotation[]>()
  for (const annotation of input.annotations) byDocument.set(annotation.target.documentId, [...(byDocument.get(annotation.target.documentId) ?? []), annotation])

  const sources = input.documents.map((document) => {
    const toCharacters = codePointOffsets(document.text)
    const selections = (byDocument.get(document.id) ?? [])
      .filter((a) => a.anchorStatus !== 'orphaned' && a.target.position.end <= document.text.length)
      .map((annotation) => {
        const codes = [...annotation.tagIds]
        if (annotation.kind === 'claim') codes.push(annotation.sourceId, ...annotation.partyIds, annotation.issueId, STANCE_GUIDS[annotation.stance])
        if (codes.length === 0 && annotation.kind === 'highlight') codes.push(GROUPS.highlights)
        const codings = [...new Set(codes)]
          .filter((guid) => known.has(guid))
          .map((guid) => `        <Coding guid="${newGuid()}" creatingUser="${user.guid}" creationDateTime="${annotation.createdAt}"><CodeRef targetGUID="${guid}"/></Coding>`)
        let noteRef = ''
        if (annotation.note.trim()) {
          const noteGuid = newGuid()
          notes.push(`    <Note guid="${noteGuid}" name="${clean(`Note on “${annotation.target.quote.exact.slice(0, 60)}”`)}" creatingUser="${user.guid}" creationDateTime="${annotation.createdAt}"><PlainTextContent>${xmlText(annotation.note)}</PlainTextContent></Note>`)
          noteRef = `        <NoteRef targetGUID="${noteGuid}"/>`
        }
        const start = toCharacters(annotation.target.position.start)
        const end = toCharacters(annotation.target.position.end)
        const name = clean(annotation.target.quote.exact.slice(0, 80))
        const inner = [...codings, noteRef].filter(Boolean).join('\n')
        return `      <PlainTextSelection guid="${annotation.id}" name="${name}" startPosition="${start}" endPosition="${end}" creatingUser="${user.guid}" creationDateTime="${annotation.createdAt}" modifiedDateTime="${annotation.updatedAt}"${inner ? `>\n${inner}\n      </PlainTextSelection>` : '/>'}`
      })
    const body = selections.length ? `>\n${selections.join('\n')}\n    </TextSource>` : '/>'
    return {
      xml: `    <TextSource guid="${document.id}" name="${clean(document.title)}" plainTextPath="internal://${document.id}.txt" creatingUser="${user.guid}" creationDateTime="${document.importedAt}"${body}`,
      file: { path: `Sources/${document.id}.txt`, text: document.text },
    }
  })

  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd" name="${clean(input.name)}" origin="Parley" creatingUserGUID="${user.guid}" creationDateTime="${input.createdAt}">`,
    `  <Users>\n    <User guid="${user.guid}" name="${clean(user.name)}"/>\n  </Users>`,
    `  <CodeBook>\n    <Codes>\n${codebook.map((node) => codeXml(node, 3)).join('\n')}\n    </Codes>\n  </CodeBook>`,
    sources.length ? `  <Sources>\n${sources.map((s) => s.xml).join('\n')}\n  </Sources>` : '',
    notes.length ? `  <Notes>\n${notes.join('\n')}\n  </Notes>` : '',
    '</Project>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
  return { xml, sources: sources.map((s) => s.file) }
}
