import { describe, expect, it } from 'vitest'
import { crashPoints, crashRound } from './crash/crash-rounds'
import { seededRandom } from '../../bench/generate-library'
import { tempDir } from '../temp-library'

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 25)
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000)

describe('a process killed while it writes', () => {
  it(`loses no acknowledged write and leaves a readable library, over ${ROUNDS} random kills (seed ${SEED})`, async () => {
    const dir = await tempDir('parley-crash-')
    const random = seededRandom(SEED)
    let acknowledged = 0
    for (let round = 0; round < ROUNDS; round++) {
      // One library for all rounds, so damage would accumulate.
      const result = await crashRound(dir, SEED + round, { kind: 'random', afterMs: Math.floor(random() * 600) })
      expect(result.unreadable, `round ${round}, seed ${SEED}`).toBeNull()
      expect(result.lost, `round ${round}, seed ${SEED}`).toEqual([])
      acknowledged += result.acknowledged
    }
    // Every round saw at least one acknowledged write before its kill.
    expect(acknowledged).toBeGreaterThanOrEqual(ROUNDS)
  }, 180_000)

  it.each(crashPoints)('loses nothing when killed at %s', async (point) => {
    const dir = await tempDir('parley-crash-')
    // A few writes first, so the kill lands on a save with acknowledged work before it.
    await crashRound(dir, 1, { kind: 'random', afterMs: 150 })
    const result = await crashRound(dir, 2, { kind: 'point', point, nth: point === 'lock-create' || point === 'backup' ? 1 : 3 })
    expect(result.killed, `${point} was never reached`).toBe(true)
    expect(result.unreadable).toBeNull()
    expect(result.lost).toEqual([])
  }, 60_000)
})
