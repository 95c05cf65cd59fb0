import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { articleParagraphs } from '../plain-text/article-paragraphs'

/** One page of the Readability test-page folder: its source, and the article it should give. */
export interface CorpusPage {
  name: string
  sourceBytes: Uint8Array
  /** The expected article (expected.html) as text paragraphs, every block element its own. */
  expectedParagraphs: string[]
  /** expected-metadata.json's title; null when it has none. */
  expectedTitle: string | null
}

/** Every page folder holding source.html and expected.html, in name order; `only` narrows to names containing it. */
export function readCorpus(dir: string, only?: string): CorpusPage[] {
  const names = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')) && existsSync(join(dir, name, 'expected.html')))
    .filter((name) => !only || name.includes(only))
    .sort()
  return names.map((name) => {
    const metadataPath = join(dir, name, 'expected-metadata.json')
    const metadata = existsSync(metadataPath) ? (JSON.parse(readFileSync(metadataPath, 'utf8')) as { title?: string | null }) : {}
    return {
      name,
      sourceBytes: new Uint8Array(readFileSync(join(dir, name, 'source.html'))),
      expectedParagraphs: articleParagraphs(readFileSync(join(dir, name, 'expected.html'), 'utf8')),
      expectedTitle: metadata.title?.trim() || null,
    }
  })
}
