import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join, resolve } from 'node:path'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { blocksFromText } from '../../../shared/domain/content'
import { processStartOf } from '../../../electron/main/services/store/process-start'
import { runCli } from './run-cli'
import { tempDir } from '../temp-library'

const samples = resolve('resources/sample-library')

describe('reparse and show --json on the command line', () => {
  it('re-reads every document from its original, one line each, and show --json lists the blocks', async () => {
    const library = join(await tempDir(), 'lib')
    const imported = await runCli(['import', join(samples, '01-sochi-summit-wire.txt'), join(samples, '03-opposition-wary-of-sochi.md'), '--library', library, '--json'])
    const [wire] = JSON.parse(imported.stdout) as Array<{ documentId: string }>
    // As an older Parley stored it: one block holding the whole text.
    const store = await LibraryStore.open(library)
    const document = store.getDocument(wire!.documentId)
    await store.replaceBlocks(document.id, blocksFromText((await store.readText(document)).replace(/\n\n/g, '\n')))
    await store.close()

    const reparsed = await runCli(['reparse', '--all', '--library', library])
    expect(reparsed.code).toBe(0)
    const lines = reparsed.stdout.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines.find((l) => l.includes(wire!.documentId))).toMatch(/^reparsed {2}\S+ {2}\d+ paragraphs, \d+ speech, \d+ removed; annotations 0 placed, 0 to review, 0 unanchored/)
    expect(lines.filter((l) => l.includes('unchanged'))).toHaveLength(1)

    const shown = await runCli(['show', wire!.documentId, '--json', '--library', library])
    const { blocks } = JSON.parse(shown.stdout) as { blocks: Array<{ kind: string; text: string; removed: { reason: string } | null }> }
    expect(blocks.filter((b) => !b.removed).length).toBeGreaterThan(3)
    expect(blocks.some((b) => b.removed?.reason === 'paywall')).toBe(true)

    const wrong = await runCli(['reparse', '--library', library])
    expect(wrong.code).not.toBe(0)
    expect(wrong.stderr.trim()).toBe('parley: reparse needs document ids, or --all.')
  }, 60_000)

  it('opens a library held by a live process only with --open-anyway', async () => {
    const library = join(await tempDir(), 'lib')
    await (await LibraryStore.open(library)).close()
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
    try {
      await new Promise((r) => setTimeout(r, 100))
      await writeFile(join(library, 'library.lock'), JSON.stringify({ pid: live.pid, host: hostname(), acquiredAt: '2026-12-04T00:00:00.000Z', processStart: processStartOf(live.pid!) }))
      const refused = await runCli(['list', '--library', library])
      expect(refused.code).not.toBe(0)
      expect(refused.stderr).toMatch(/Library in use/)
      const opened = await runCli(['list', '--open-anyway', '--library', library])
      expect(opened.code).toBe(0)
      expect(opened.stderr).toMatch(/Library lock taken over.*opened anyway while process \d+/)
    } finally {
      live.kill()
    }
  }, 30_000)
})
