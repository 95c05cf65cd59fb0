import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

/**
 * When a process started, as an opaque string, or null where it cannot be told. Two different
 * processes that were given the same pid have different start times, so a lock can tell a reused
 * pid from its real owner.
 */
export function processStartOf(pid: number, platform: NodeJS.Platform = process.platform): string | null {
  try {
    if (platform === 'linux') {
      // Field 22 of /proc/PID/stat: start time in clock ticks since boot. The command name
      // (field 2) may hold spaces and parentheses, so count from the last ')'.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      return fields[19] ? `linux:${fields[19]}` : null
    }
    if (platform === 'darwin' || platform === 'freebsd' || platform === 'openbsd') {
      const started = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', timeout: 2000 }).trim()
      return started ? `ps:${started}` : null
    }
  } catch {
    // Gone, or not ours to read: the caller falls back to whether the pid is alive.
  }
  return null
}
