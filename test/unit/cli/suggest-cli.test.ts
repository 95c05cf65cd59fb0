import { describe, expect, it } from 'vitest'
import { join, resolve } from 'node:path'
import { readdir } from 'node:fs/promises'
import { runCli } from './run-cli'
import { tempDir } from '../temp-library'

const samples = resolve('resources/sample-library')

describe('npm run cli -- suggest', () => {
  it('prints the statements and proposals of a document as one JSON array, offsets into its reading text', async () => {
    const library = join(await tempDir(), 'lib')
    expect((await runCli(['import', join(samples, '02-broadcast-transcript.txt'), '--library', library])).code).toBe(0)
    // The import already found the statements, as the app does.
    expect((await readdir(join(library, 'proposals'))).length).toBe(1)
    const [document] = JSON.parse((await runCli(['list', '--json', '--library', library])).stdout) as Array<{ id: string }>
    const shown = JSON.parse((await runCli(['show', document!.id, '--json', '--library', library])).stdout) as { text: string }
    const result = await runCli(['suggest', document!.id, '--json', '--library', library])
    expect(result.code).toBe(0)
    const items = JSON.parse(result.stdout) as Array<Record<string, unknown> & { content: { start: number; end: number; text: string }; cue: { start: number; end: number; text: string } }>
    expect(items.length).toBeGreaterThan(3)
    for (const item of items) {
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['documentId', 'kind', 'content', 'cue', 'source', 'speaker', 'role', 'sourceId', 'newSource', 'partyIds', 'issueId', 'stance', 'stanceRecord', 'reporting', 'confidence']))
      expect(shown.text.slice(item.content.start, item.content.end)).toBe(item.content.text)
      expect(shown.text.slice(item.cue.start, item.cue.end)).toBe(item.cue.text)
    }
    // The transcript's speech blocks come through with their speakers.
    expect(items.filter((i) => i.kind === 'speech-block').map((i) => i.speaker)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Nasr al-Hariri', 'Staffan de Mistura']))
    expect(items.find((i) => i.speaker === 'Vladimir Putin')).toMatchObject({ sourceId: null, newSource: 'Vladimir Putin', status: 'waiting' })

    const all = await runCli(['suggest', '--all', '--library', library])
    expect(all.code).toBe(0)
    expect(all.stdout).toMatch(/statements\n/)
    expect(all.stdout).toMatch(/waiting\s+speech-block\s+Vladimir Putin/)
    expect((await runCli(['suggest', '--library', library])).stderr).toMatch(/suggest needs document ids, or --all/)
  }, 60_000)
})
