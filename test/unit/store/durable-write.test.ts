import { describe, expect, it } from 'vitest'
import { readdir, readFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { SerialQueue, writeFileDurable, isTempFileName } from '../../../electron/main/services/store/durable-write'
import { tempDir } from '../temp-library'

describe('writeFileDurable', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const dir = await tempDir()
    const path = join(dir, 'library.json')
    await writeFileDurable(path, 'first')
    await writeFileDurable(path, 'second')
    expect(await readFile(path, 'utf8')).toBe('second')
    expect(await readdir(dir)).toEqual(['library.json'])
  })

  it('leaves the previous content intact when the write fails', async () => {
    const dir = await tempDir()
    const path = join(dir, 'target')
    await mkdir(path) // renaming a file over a folder fails
    await expect(writeFileDurable(path, 'data')).rejects.toThrow()
    expect((await readdir(dir)).filter(isTempFileName)).toEqual([])
  })

  it('never collides when many writes to one file run at once', async () => {
    const dir = await tempDir()
    const path = join(dir, 'file.json')
    await Promise.all(Array.from({ length: 30 }, (_, i) => writeFileDurable(path, JSON.stringify({ i }))))
    expect(JSON.parse(await readFile(path, 'utf8'))).toHaveProperty('i')
    expect(await readdir(dir)).toEqual(['file.json'])
  })
})

describe('SerialQueue', () => {
  it('runs tasks one at a time, in order, past failures', async () => {
    const queue = new SerialQueue()
    let running = 0
    let maxRunning = 0
    const order: number[] = []
    const tasks = Array.from({ length: 20 }, (_, i) =>
      queue.run(async () => {
        running++
        maxRunning = Math.max(maxRunning, running)
        await new Promise((r) => setTimeout(r, i % 3))
        order.push(i)
        running--
        if (i === 5) throw new Error('task 5 fails')
        return i
      }),
    )
    const results = await Promise.allSettled(tasks)
    expect(maxRunning).toBe(1)
    expect(order).toEqual(Array.from({ length: 20 }, (_, i) => i))
    expect(results[5]!.status).toBe('rejected')
    expect(results[19]).toEqual({ status: 'fulfilled', value: 19 })
  })

  it('drain waits for everything queued', async () => {
    const queue = new SerialQueue()
    let done = 0
    for (let i = 0; i < 5; i++) void queue.run(async () => {
      await new Promise((r) => setTimeout(r, 2))
      done++
    })
    await queue.drain()
    expect(done).toBe(5)
  })
})
