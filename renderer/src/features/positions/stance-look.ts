import { stanceLook as wording } from '../../../../shared/domain/vocabulary'
import type { CellStance } from '../../../../shared/positions/types'

const colors: Record<CellStance, string> = { supports: 'teal', opposes: 'red', conditional: 'yellow', wary: 'orange', neutral: 'gray', unclear: 'gray', mixed: 'grape' }

/** A Mantine colour, a symbol and a word for every stance: colour is never the only signal. */
export const stanceLook = (stance: CellStance) => ({ ...wording(stance), color: colors[stance] })
