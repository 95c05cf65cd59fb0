import { ParleyError } from '../../../shared/ipc/errors'

export interface CliArguments {
  command: string | null
  operands: string[]
  json: boolean
  help: boolean
  /** --all: every document (reparse). */
  all: boolean
  /** --open-anyway: take over a library another live process holds, after being told the risk. */
  openAnyway: boolean
  /** Options that take a value: --format, --document, --out; the last one given wins. */
  options: Record<string, string>
  /** Every value of each option, in order, for those that may repeat (--issue, --party). */
  lists: Record<string, string[]>
}

const valueOptions = ['--format', '--document', '--out', '--limit', '--issue', '--party']

/** Splits argv into a command, its operands and the shared flags; unknown flags are refused. */
export function parseCliArguments(argv: readonly string[]): CliArguments {
  const result: CliArguments = { command: null, operands: [], json: false, help: false, all: false, openAnyway: false, options: {}, lists: {} }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--json') result.json = true
    else if (arg === '--all') result.all = true
    else if (arg === '--open-anyway') result.openAnyway = true
    else if (arg === '--help' || arg === '-h') result.help = true
    else if (arg === '--library') {
      if (!argv[i + 1]) throw new ParleyError('invalid-arguments', '--library needs a folder.')
      i++
    } else if (arg.startsWith('--library=')) continue
    else if (valueOptions.includes(arg.split('=')[0]!)) {
      const [name, inline] = arg.split(/=(.*)/s)
      const value = inline ?? argv[++i]
      if (!value) throw new ParleyError('invalid-arguments', `${name} needs a value.`)
      const key = name!.slice(2)
      result.options[key] = value
      result.lists[key] = [...(result.lists[key] ?? []), value]
    }
    else if (arg === '--') continue
    else if (arg.startsWith('-')) throw new ParleyError('invalid-arguments', `Unknown option ${arg}. Run with --help for usage.`)
    else if (result.command === null) result.command = arg
    else result.operands.push(arg)
  }
  return result
}
