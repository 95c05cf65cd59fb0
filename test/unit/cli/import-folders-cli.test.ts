import { describe, expect, it } from 'vitest'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { runCli } from './run-cli'
import { tempDir } from '../temp-library'

const sample = resolve('resources/sample-library/01-sochi-summit-wire.txt')

/** `import` on folders that hold nothing Parley can import: each is named, and the exit is non-zero. */
describe('importing a folder with nothing to import on the command line', () => {
  it('says a folder named x.html holds no importable file, in one line, and exits 1', async () => {
    const root = await tempDir()
    // Named like a file, holding only files of other kinds and an empty sub-folder.
    await mkdir(join(root, 'x.html', 'drafts'), { recursive: true })
    await writeFile(join(root, 'x.html', 'notes.odt'), 'not importable')
    const result = await runCli(['import', join(root, 'x.html'), '--library', join(root, 'lib')])
    expect(result.code).toBe(1)
    expect(result.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^failed\s+x\.html\s+x\.html is a folder with no files Parley can import \(\.html, \.pdf, \.docx, \.rtf, \.txt, \.md\), in it or below it\.$/)])
    expect(result.stderr).toBe('')
  }, 30_000)

  it('says a folder is empty, still imports the files given beside it, and exits 1 (--json too)', async () => {
    const root = await tempDir()
    await mkdir(join(root, 'x.html'))
    const result = await runCli(['import', join(root, 'x.html'), sample, '--library', join(root, 'lib'), '--json'])
    expect(result.code).toBe(1)
    const results = JSON.parse(result.stdout) as Array<{ fileName: string; status: string; message: string }>
    expect(results.map((r) => [r.fileName, r.status])).toEqual([
      ['x.html', 'failed'],
      ['01-sochi-summit-wire.txt', 'imported'],
    ])
    expect(results[0]!.message).toBe('x.html is an empty folder: there is nothing in it to import.')
  }, 30_000)
})
