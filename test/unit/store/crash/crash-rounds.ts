import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { LibraryStore } from '../../../../electron/main/services/store/library-store'
import type { CrashPoint } from '../../../../electron/main/services/store/crash-points'

const repo = resolve(import.meta.dirname, '../../../..')
const child = join(import.meta.dirname, 'crash-child.ts')

export type Kill = { kind: 'random'; afterMs: number } | { kind: 'point'; point: CrashPoint; nth: number }

export interface RoundResult {
  acknowledged: number
  lost: string[]
  unreadable: string | null
  /** Whether the kill happened (a crash point that is never reached leaves the child running). */
  killed: boolean
}

type Ack = ({ kind: 'opened' } | { kind: 'tag' | 'source'; id: string; name: string } | { kind: 'annotation'; documentId: string; id: string; note: string } | { kind: 'deleted'; documentId: string; id: string } | { kind: 'document'; id: string }) & { pending?: boolean }

/** Runs the writing child until it is killed (at a random moment or at a crash point), then checks the library. */
export async function crashRound(libraryDir: string, seed: number, kill: Kill): Promise<RoundResult> {
  // tsx as a loader in this one process: its CLI would run the script in a grandchild the kill misses.
  const args = ['--import', 'tsx', child, libraryDir, String(seed), ...(kill.kind === 'point' ? [kill.point, String(kill.nth)] : [])]
  const process_ = spawn(process.execPath, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] })
  const acks: Ack[] = []
  let buffer = ''
  let stderr = ''
  process_.stderr.on('data', (chunk) => (stderr += chunk))
  process_.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString()
    const lines = buffer.split('\n')
    buffer = lines.pop()!
    for (const line of lines) if (line.trim()) acks.push(JSON.parse(line) as Ack)
  })
  const exited = new Promise<NodeJS.Signals | null>((done) => process_.on('exit', (_code, signal) => done(signal)))
  // A random kill comes a while after the child's first acknowledged write (not merely after it
  // opened the library: on a loaded machine the first import can outlast the whole window, and a
  // round would then test nothing); a crash point kills itself.
  const opened = Date.now()
  let openedAck = 0
  const timer = setInterval(() => {
    if (openedAck === 0 && acks.some((a) => a.kind !== 'opened' && !a.pending)) openedAck = Date.now()
    if (kill.kind === 'random' && openedAck > 0 && Date.now() - openedAck >= kill.afterMs) process_.kill('SIGKILL')
    if (kill.kind === 'point' && Date.now() - opened > 20_000) process_.kill('SIGKILL')
  }, 5)
  const signal = await exited
  clearInterval(timer)
  if (signal !== 'SIGKILL') throw new Error(`the writing child ended by itself (${signal}): ${stderr.slice(-500)}`)
  return { ...(await verify(libraryDir, acks)), killed: kill.kind === 'random' || Date.now() - opened <= 20_000 }
}

/** Opens the library as the app would and checks that every acknowledged write is there. */
async function verify(libraryDir: string, acks: Ack[]): Promise<Omit<RoundResult, 'killed'>> {
  let store: LibraryStore
  try {
    store = await LibraryStore.open(libraryDir)
  } catch (error) {
    return { acknowledged: acks.length, lost: [], unreadable: (error as Error).message }
  }
  const lost: string[] = []
  try {
    // Per thing written: its last acknowledged state, and states written after it whose ack the
    // kill may have cut off (on disk or not, either is fine).
    const latest = new Map<string, Ack>()
    const unconfirmed = new Map<string, Ack[]>()
    for (const ack of acks) {
      if (ack.kind === 'opened') continue
      const key = `${ack.kind === 'deleted' ? 'annotation' : ack.kind}:${ack.id}`
      if (ack.pending) unconfirmed.set(key, [...(unconfirmed.get(key) ?? []), ack])
      else {
        latest.set(key, ack)
        unconfirmed.delete(key)
      }
    }
    const acceptable = (key: string, test: (candidate: Ack) => boolean) => [latest.get(key), ...(unconfirmed.get(key) ?? [])].some((candidate) => candidate !== undefined && test(candidate))
    for (const [key, ack] of latest) {
      if (ack.kind === 'tag' || ack.kind === 'source') {
        const list = ack.kind === 'tag' ? store.data.tags : store.data.sources
        const name = list.find((e) => e.id === ack.id)?.name
        if (!acceptable(key, (c) => (c.kind === 'tag' || c.kind === 'source') && c.name === name)) lost.push(`${ack.kind} ${ack.name}`)
      } else if (ack.kind === 'document') {
        try {
          const document = store.getDocument(ack.id)
          await store.readText(document)
          await store.readBlocks(document)
        } catch {
          lost.push(`document ${ack.id}`)
        }
      } else if (ack.kind === 'annotation' || ack.kind === 'deleted') {
        const annotations = await store.annotations.list(ack.documentId).catch(() => null)
        const found = annotations?.find((a) => a.id === ack.id)
        const matches = (c: Ack) => (c.kind === 'deleted' ? !found : c.kind === 'annotation' && found?.note === c.note)
        if (!acceptable(key, matches)) lost.push(ack.kind === 'deleted' ? `deleted annotation ${ack.id} came back` : `annotation ${ack.id} (${ack.note})`)
      }
    }
  } finally {
    await store.close()
  }
  return { acknowledged: acks.filter((a) => a.kind !== 'opened' && !a.pending).length, lost, unreadable: null }
}

/** Every step of a save, and of opening, where a crash can land. */
export const crashPoints: CrashPoint[] = ['temp-write', 'temp-fsync', 'rename', 'folder-fsync', 'journal-append', 'backup', 'lock-create']
