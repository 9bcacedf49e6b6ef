/**
 * One `npm start` per data folder: a lock file `<data>/npm-start.lock` holding the owner's pid. A second start
 * on the same folder refuses with a clear message (it would otherwise point the first one's properties at its
 * own ports and share its database); a lock left by a process that no longer runs (killed, machine restarted)
 * is taken over. The owner removes it when it stops.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const LOCK_FILE = 'npm-start.lock'

export interface DataLock {
    file: string
    /** the pid of the stopped owner whose lock was taken over, if any */
    tookOver: number | null
    release(): void
}

export class DataFolderInUse extends Error {}

function running(pid: number): boolean {
    try {
        process.kill(pid, 0)
        return true
    } catch (e) {
        return (e as NodeJS.ErrnoException).code === 'EPERM' // it exists, owned by someone else
    }
}

export function lockDataFolder(dir: string, shown: string): DataLock {
    const file = path.join(dir, LOCK_FILE)
    let tookOver: number | null = null
    for (let attempt = 0; attempt < 3; attempt++) {
        try {
            writeFileSync(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 })
            let released = false
            return {
                file,
                tookOver,
                release: () => {
                    if (released) return
                    released = true
                    try {
                        if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file, { force: true })
                    } catch (_e) {
                        // already gone
                    }
                },
            }
        } catch (e) {
            if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
        }
        let owner = NaN
        try {
            owner = Number(readFileSync(file, 'utf8').trim())
        } catch (_e) {
            continue // removed meanwhile: try again
        }
        if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && running(owner))
            throw new DataFolderInUse(
                `another npm start (pid ${owner}) is using the data folder ${shown}: use that one (its URL is in its terminal), stop it (Ctrl-C) first, or start this one on another folder with --data <folder>`,
            )
        // a stale lock: its owner stopped without removing it
        tookOver = Number.isInteger(owner) && owner > 0 ? owner : null
        rmSync(file, { force: true })
    }
    throw new DataFolderInUse(`cannot lock the data folder ${shown} (${file})`)
}
