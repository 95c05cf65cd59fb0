/**
 * Named moments inside a durable write, so the crash test (test/unit/store/crash.test.ts and
 * `npm run bench:crash`) can kill a process at each step of a save. In the app nothing is
 * registered and each call is a no-op.
 */
export type CrashPoint =
  | 'temp-write'
  | 'temp-fsync'
  | 'rename'
  | 'folder-fsync'
  | 'journal-append'
  | 'backup'
  | 'lock-create'

type CrashHook = (point: CrashPoint, path: string) => void

let hook: CrashHook | null = null

/** Only the crash test's child process registers a hook. */
export function setCrashHook(next: CrashHook | null): void {
  hook = next
}

export function crashPoint(point: CrashPoint, path: string): void {
  if (hook) hook(point, path)
}
