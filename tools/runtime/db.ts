/**
 * Storage: SQLite through better-sqlite3 (synchronous, like GlideRecord). One physical table per table
 * hierarchy (task holds incident, problem, ...), every value TEXT as the platform's getValue returns it.
 * Counts every statement for the benchmarks; password2 values are encrypted at rest (AES-256-GCM).
 */
import Database from 'better-sqlite3'
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { Schema } from './schema'

export interface Stats {
    sqlSelects: number
    sqlInserts: number
    sqlUpdates: number
    sqlDeletes: number
    restCalls: number
    restMs: number
}

export const zeroStats = (): Stats => ({ sqlSelects: 0, sqlInserts: 0, sqlUpdates: 0, sqlDeletes: 0, restCalls: 0, restMs: 0 })

export type Row = Record<string, string | null>

const ENCRYPTED = 'enc:v1:'

export class Storage {
    readonly db: Database.Database
    stats: Stats = zeroStats()
    private key: Buffer
    private statements = new Map<string, Database.Statement>()
    private known = new Map<string, Set<string>>()

    constructor(
        file: string,
        private readonly schema: Schema,
    ) {
        this.db = new Database(file)
        if (file !== ':memory:') {
            this.db.pragma('journal_mode = WAL')
            this.db.pragma('synchronous = NORMAL')
        }
        this.db.exec('CREATE TABLE IF NOT EXISTS _runtime_meta (name TEXT PRIMARY KEY, value TEXT)')
        const row = this.db.prepare("SELECT value FROM _runtime_meta WHERE name = 'password2_key'").get() as { value: string } | undefined
        if (row) this.key = Buffer.from(row.value, 'hex')
        else {
            this.key = randomBytes(32)
            this.db.prepare("INSERT INTO _runtime_meta (name, value) VALUES ('password2_key', ?)").run(this.key.toString('hex'))
        }
    }

    static physical(root: string): string {
        return `t_${root}`
    }

    /** Creates or widens the physical table of a hierarchy; adds indexes for unique and reference columns. */
    ensureTable(root: string): void {
        const name = Storage.physical(root)
        let cols = this.known.get(root)
        if (!cols) {
            this.db.exec(`CREATE TABLE IF NOT EXISTS "${name}" (sys_id TEXT PRIMARY KEY)`)
            cols = new Set((this.db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((c) => c.name))
            this.known.set(root, cols)
        }
        for (const c of this.schema.storedColumns(root)) {
            if (cols.has(c.name)) continue
            // values compare case-insensitively, as on an instance (queries and unique indexes); ciphertext does not
            this.db.exec(`ALTER TABLE "${name}" ADD COLUMN "${c.name}" TEXT${c.type === 'password2' ? '' : ' COLLATE NOCASE'}`)
            cols.add(c.name)
            if (c.unique)
                this.db.exec(
                    `CREATE UNIQUE INDEX IF NOT EXISTS "u_${root}_${c.name}" ON "${name}"("${c.name}") WHERE "${c.name}" IS NOT NULL AND "${c.name}" <> ''`,
                )
            else if (c.type === 'reference' || c.name === 'sys_class_name')
                this.db.exec(`CREATE INDEX IF NOT EXISTS "i_${root}_${c.name}" ON "${name}"("${c.name}")`)
        }
        this.statements.clear()
    }

    columnsOf(root: string): Set<string> {
        this.ensureTable(root)
        return this.known.get(root) as Set<string>
    }

    private prepared(sql: string): Database.Statement {
        let s = this.statements.get(sql)
        if (!s) {
            s = this.db.prepare(sql)
            this.statements.set(sql, s)
        }
        return s
    }

    select(sql: string, params: unknown[]): Row[] {
        this.stats.sqlSelects++
        return this.prepared(sql).all(...params) as Row[]
    }

    insert(root: string, row: Row): void {
        this.ensureTable(root)
        const cols = Object.keys(row)
        const sql = `INSERT INTO "${Storage.physical(root)}" (${cols.map((c) => `"${c}"`).join(',')}) VALUES (${cols.map(() => '?').join(',')})`
        this.stats.sqlInserts++
        this.prepared(sql).run(...cols.map((c) => row[c]))
    }

    update(root: string, sysId: string, changes: Row): void {
        const cols = Object.keys(changes)
        if (!cols.length) return
        const sql = `UPDATE "${Storage.physical(root)}" SET ${cols.map((c) => `"${c}" = ?`).join(',')} WHERE sys_id = ?`
        this.stats.sqlUpdates++
        this.prepared(sql).run(...cols.map((c) => changes[c]), sysId)
    }

    delete(root: string, sysId: string): void {
        this.stats.sqlDeletes++
        this.prepared(`DELETE FROM "${Storage.physical(root)}" WHERE sys_id = ?`).run(sysId)
    }

    transaction<T>(fn: () => T): T {
        return this.db.transaction(fn)()
    }

    encrypt(plain: string): string {
        if (plain === '' || plain.startsWith(ENCRYPTED)) return plain
        const iv = randomBytes(12)
        const cipher = createCipheriv('aes-256-gcm', this.key, iv)
        const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
        return `${ENCRYPTED}${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${data.toString('base64')}`
    }

    decrypt(stored: string | null): string {
        if (!stored || !stored.startsWith(ENCRYPTED)) return stored ?? ''
        const [iv, tag, data] = stored.slice(ENCRYPTED.length).split(':')
        const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'))
        decipher.setAuthTag(Buffer.from(tag, 'base64'))
        return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8')
    }

    close(): void {
        this.db.close()
    }
}
