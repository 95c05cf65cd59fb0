import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readBratFolder } from '../../bench/attribution/read-brat'

// A brat folder written for this test, in PolNeAR's layout.
const text = '“The talks will resume,” said the envoy, in Geneva. “But not before January.”\n\nOthers disagreed.'
const at = (part: string) => [text.indexOf(part), text.indexOf(part) + part.length] as const
const span = (id: string, type: string, part: string) => `${id}\t${type} ${at(part).join(' ')}\t${part}`

let dir = ''
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('the attribution benchmark\'s brat reader', () => {
  it('joins a content resumed after its cue ("Content2") to the first part, in text order', async () => {
    dir = await mkdtemp(join(tmpdir(), 'brat-'))
    await mkdir(join(dir, 'text'))
    await mkdir(join(dir, 'attributions'))
    await writeFile(join(dir, 'text', 'wire.txt'), text)
    const ann = [
      span('T1', 'Content', '“The talks will resume,”'),
      span('T2', 'Cue', 'said'),
      span('T3', 'Source', 'the envoy'),
      span('T4', 'Content', '“But not before January.”'),
      span('T5', 'Attribution', 'said'),
      'E1\tAttribution:T5 Source:T3 Cue:T2 Content:T1 Content2:T4',
    ].join('\n')
    await writeFile(join(dir, 'attributions', 'wire_annotator.ann'), ann)
    const [article] = await readBratFolder(dir)
    expect(article!.attributions).toHaveLength(1)
    expect(article!.attributions[0]).toMatchObject({ content: '“The talks will resume,” “But not before January.”', contentStart: 0, source: 'the envoy', cue: 'said', direct: true })
  })
})
