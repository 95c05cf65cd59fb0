import type { IpcArgs } from '../../../../shared/ipc/contract'
import type { RegistryName } from '../../../../shared/ipc/annotation-contract'
import { changeRegistry } from './registry-actions'
import { registryNouns } from './registry-nouns'

/**
 * Every registry change the registry pages make. Each resolves with main's answer, or null after
 * a failure, which changeRegistry has already shown to the analyst.
 */
export const saveSource = (input: IpcArgs<'saveSource'>) => changeRegistry('saveSource', input, 'Could not save the source')
export const saveParty = (input: IpcArgs<'saveParty'>) => changeRegistry('saveParty', input, 'Could not save the party')
export const saveIssue = (input: IpcArgs<'saveIssue'>) => changeRegistry('saveIssue', input, 'Could not save the issue')
export const saveTag = (input: IpcArgs<'saveTag'>) => changeRegistry('saveTag', input, 'Could not save the tag')

/** Resolves true once deleted; false after a failure, which changeRegistry has already shown. */
export async function deleteRegistryEntry(registry: RegistryName, id: string): Promise<boolean> {
  return (await changeRegistry('deleteRegistryEntry', { registry, id }, `Could not delete the ${registryNouns[registry].singular}`)) === true
}

/** Resolves true once merged; false after a failure, which changeRegistry has already shown. */
export async function mergeRegistryEntries(registry: RegistryName, keepId: string, mergeIds: string[]): Promise<boolean> {
  return (await changeRegistry('mergeRegistryEntries', { registry, keepId, mergeIds }, `Could not merge the ${registryNouns[registry].plural}`)) === true
}
