import { homedir } from 'node:os'
import { join } from 'node:path'
import { ParleyError } from '../../../shared/ipc/errors'
import { defaultUserDataDir, resolveLibraryDir } from '../services/library-location'
import { runCommand, usage } from './commands'
import { parseCliArguments } from './parse-arguments'

// `npm run cli -- <command>`: the command line over the same services as the app.
async function main(): Promise<number> {
  const args = parseCliArguments(process.argv.slice(2))
  if (args.help || !args.command) {
    process.stdout.write(usage)
    return args.command || args.help ? 0 : 2
  }
  const libraryDir = resolveLibraryDir(process.argv, process.env, join(defaultUserDataDir(process.env, process.platform, homedir()), 'library'))
  // The CLI runs from source under tsx, so the worker is the TypeScript entry.
  const parseWorkerFile = new URL('../services/importer/parse-worker.ts', import.meta.url)
  return runCommand(args, libraryDir, parseWorkerFile, (line) => process.stdout.write(line + '\n'), (line) => process.stderr.write(line + '\n'))
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const message = error instanceof ParleyError ? error.message : (error as Error)?.message ?? String(error)
    process.stderr.write(`parley: ${message.split('\n')[0]}\n`)
    process.exitCode = 1
  },
)
