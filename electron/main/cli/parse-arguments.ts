import { ParleyError } from '../../../shared/ipc/errors'

export interface CliArguments {
  command: string | null
  operands: string[]
  json: boolean
  help: boolean
}

/** Splits argv into a command, its operands and the shared flags; unknown flags are refused. */
export function parseCliArguments(argv: readonly string[]): CliArguments {
  const result: CliArguments = { command: null, operands: [], json: false, help: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--json') result.json = true
    else if (arg === '--help' || arg === '-h') result.help = true
    else if (arg === '--library') {
      if (!argv[i + 1]) throw new ParleyError('invalid-arguments', '--library needs a folder.')
      i++
    } else if (arg.startsWith('--library=')) continue
    else if (arg === '--') continue
    else if (arg.startsWith('-')) throw new ParleyError('invalid-arguments', `Unknown option ${arg}. Run with --help for usage.`)
    else if (result.command === null) result.command = arg
    else result.operands.push(arg)
  }
  return result
}
