import type { ParleyError } from '../../../shared/ipc/errors'

export interface LibraryInUsePrompt {
  title: string
  message: string
  detail: string
  /** In order; the first is the default and the safe choice. */
  buttons: [quit: string, openAnyway: string]
}

/**
 * What the app asks when another live process holds the library: the risk of opening it anyway
 * is said before the choice is offered, and quitting is the default.
 */
export function libraryInUsePrompt(error: ParleyError, libraryDir: string): LibraryInUsePrompt {
  const owner = error.details?.length ? ` (${error.details.join(', ')})` : ''
  return {
    title: 'Library in use',
    message: `Another Parley is using this library${owner}.`,
    detail: [
      `Library: ${libraryDir}`,
      '',
      'If that Parley is still running, opening the library here as well means two programs write to the same files: each can overwrite the other’s changes, and work done in one may be lost.',
      '',
      'Open anyway only if you are sure the other Parley has stopped, for example after a crash, or on another computer that shares this folder and is switched off.',
    ].join('\n'),
    buttons: ['Quit', 'Open anyway'],
  }
}
