// A .tsx file only because the component project collects *.test.tsx; these are plain unit tests.
import { describe, expect, it } from 'vitest'
import { buildTagTree, descendantIds, tagPath, type TagNode } from '../../../renderer/src/features/registries/tag-tree'
import type { Tag } from '../../../shared/domain/registries'
import { diplomacy, sanctions, sochiTag, talks, violence } from './registry-fixtures'

const codebook = [sochiTag, violence, talks, sanctions, diplomacy]
const tag = (id: string, name: string, parentId: string | null): Tag => ({ id, name, color: '#495057', parentId })
/** "Name(child, child)" with depth checked on the way. */
const outline = (nodes: TagNode[], depth = 0): string =>
  nodes
    .map((node) => {
      expect(node.depth).toBe(depth)
      return node.children.length > 0 ? `${node.tag.name}(${outline(node.children, depth + 1)})` : node.tag.name
    })
    .join(', ')

describe('buildTagTree', () => {
  it('nests sub-tags under their parents, siblings by name, whatever the stored order', () => {
    expect(outline(buildTagTree(codebook))).toBe('Diplomacy(Sanctions, Talks(Sochi)), Violence')
  })

  it('sorts names ignoring case', () => {
    expect(outline(buildTagTree([tag('b', 'beta', null), tag('a', 'Alpha', null), tag('c', 'Gamma', null)]))).toBe('Alpha, beta, Gamma')
  })

  it('puts a tag whose parent is missing at the top level rather than losing it', () => {
    expect(outline(buildTagTree([tag('x', 'Orphan', 'gone'), tag('y', 'Root', null)]))).toBe('Orphan, Root')
  })

  it('keeps every tag of a damaged parent cycle, each once', () => {
    const cycle = [tag('a', 'A', 'b'), tag('b', 'B', 'a'), tag('c', 'C', 'a')]
    expect(outline(buildTagTree(cycle))).toBe('A(B, C)')
  })

  it('is empty for an empty codebook', () => {
    expect(buildTagTree([])).toEqual([])
  })
})

describe('descendantIds', () => {
  it('finds sub-tags at every depth, but not the tag itself or its siblings', () => {
    expect(descendantIds(codebook, diplomacy.id).sort()).toEqual([sanctions.id, sochiTag.id, talks.id].sort())
    expect(descendantIds(codebook, talks.id)).toEqual([sochiTag.id])
    expect(descendantIds(codebook, sochiTag.id)).toEqual([])
    expect(descendantIds(codebook, 'unknown')).toEqual([])
  })

  it('ends on a damaged parent cycle', () => {
    expect(descendantIds([tag('a', 'A', 'b'), tag('b', 'B', 'a')], 'a')).toEqual(['b'])
  })
})

describe('tagPath', () => {
  it('joins the names from the top level down', () => {
    expect(tagPath(codebook, sochiTag.id)).toBe('Diplomacy / Talks / Sochi')
    expect(tagPath(codebook, talks.id)).toBe('Diplomacy / Talks')
    expect(tagPath(codebook, violence.id)).toBe('Violence')
  })

  it('is empty for an unknown tag and stops on a damaged parent cycle', () => {
    expect(tagPath(codebook, 'unknown')).toBe('')
    expect(tagPath([tag('a', 'A', 'b'), tag('b', 'B', 'a')], 'a')).toBe('B / A')
  })
})
