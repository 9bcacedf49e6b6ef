/**
 * Installing the build into the database, as an instance's install does: the records the build deletes
 * (`action="DELETE"`, `delete_multiple` directives) go, its metadata records are upserted by sys_id, its
 * properties get their defaults (values already in a persisted database are kept), and the platform data the
 * app meets on an instance (roles it names, the Default view, incident/problem forms, admin) is seeded once.
 * Also the build's fix scripts, run by name.
 */
import { randomBytes } from 'node:crypto'
import type { BuiltRecord } from './build-reader'
import type { Row } from './db'
import { normalize } from './query'
import { PLATFORM_FORM_ROWS } from './platform-forms'
import { APP_PREFIX, type LogLevel, type RuntimeContext } from './context'

export interface InstalledBuild {
    /** The records the build installs. */
    records: BuiltRecord[]
    /** Records the build deletes on install (a persisted database may still hold them from an earlier build). */
    removed: BuiltRecord[]
    /** delete_multiple directives: rows matching a query are removed before the file's records are written. */
    replaced: BuiltRecord[]
}

export function splitBuild(all: BuiltRecord[]): InstalledBuild {
    const removed = all.filter((r) => r.$action === 'DELETE')
    const removedIds = new Set(removed.map((r) => r.sys_id))
    return {
        records: all.filter((r) => r.$action === 'INSERT_OR_UPDATE' && !removedIds.has(r.sys_id)),
        removed,
        replaced: all.filter((r) => r.$action === 'delete_multiple'),
    }
}

/** Writes a row straight to storage (no business rules, no ACLs), inserted or updated by sys_id. */
export function upsertRaw(
    ctx: Pick<RuntimeContext, 'schema' | 'storage'>,
    table: string,
    fields: Record<string, string | undefined>,
): void {
    const root = ctx.schema.root(table)
    const cols = ctx.storage.columnsOf(root)
    const row: Row = { sys_class_name: table }
    // booleans stored as GlideRecord stores them ('1'/'0'; the build writes 'true'/'false'), so queries on them match
    for (const [k, v] of Object.entries(fields))
        if (cols.has(k)) row[k] = v === undefined || v === '' ? null : normalize(ctx.schema.column(table, k)?.type, v)
    const exists = ctx.storage.select(`SELECT sys_id FROM "t_${root}" WHERE sys_id = ?`, [row.sys_id])[0]
    if (exists) ctx.storage.update(root, row.sys_id as string, row)
    else ctx.storage.insert(root, row)
}

export function installRecords(ctx: RuntimeContext, build: InstalledBuild): void {
    const { schema, storage } = ctx
    // the metadata tables the runtime executes from exist even when the build has no record of them
    const metadata: Record<string, string[]> = {
        sysauto_script: ['name', 'script', 'run_type', 'run_period', 'active'],
        sys_ui_action: ['action_name', 'name', 'table', 'script', 'condition', 'active'],
        sys_ui_action_role: ['sys_ui_action', 'sys_user_role'],
        sysevent_script_action: ['event_name', 'script', 'condition_script', 'active'],
        sysevent_email_action: [
            'event_name',
            'subject',
            'message_html',
            'recipient_fields',
            'recipient_users',
            'event_parm_1',
            'event_parm_2',
            'active',
        ],
        sys_ws_operation: [
            'http_method',
            'operation_uri',
            'operation_script',
            'enforce_acl',
            'requires_authentication',
            'requires_acl_authorization',
            'active',
        ],
        sp_widget: ['id', 'name', 'script', 'option_schema'],
        sys_ui_macro: ['name', 'xml', 'active', 'scoped_name'],
    }
    for (const [table, fields] of Object.entries(metadata)) schema.ensureGeneric(table, fields)
    for (const t of schema.tables.keys()) if (!schema.tables.get(t)?.parent) storage.ensureTable(t)
    storage.transaction(() => {
        // records the application deletes on upgrade
        for (const r of build.removed) {
            if (!schema.has(r.$table)) continue
            const root = schema.root(r.$table)
            if (storage.columnsOf(root).has('sys_id')) storage.delete(root, r.sys_id)
        }
        for (const r of build.replaced) {
            if (!schema.has(r.$table) || !r.$query) continue
            for (const row of ctx.query(r.$table, r.$query)) storage.delete(schema.root(r.$table), row.sys_id)
        }
        // metadata records of the build: upserted by sys_id into their tables (generic ones created as needed)
        for (const r of build.records) {
            if (['sys_db_object', 'sys_dictionary', 'sys_choice', 'sys_app', 'sys_properties'].includes(r.$table)) continue
            const fields = Object.keys(r).filter((k) => !k.startsWith('$') && k !== 'sys_scope' && k !== 'sys_update_name')
            if (!schema.has(r.$table)) schema.ensureGeneric(r.$table, fields)
            else
                schema.ensureGeneric(
                    r.$table,
                    fields.filter((f) => !schema.column(r.$table, f)),
                )
            if (r.$table === 'sys_user_role') {
                if (ctx.query('sys_user_role', `name=${r.name}`).length) continue
            }
            const values: Record<string, string> = Object.fromEntries(fields.map((f) => [f, r[f]]))
            // sys_ui_macro.scoped_name (read-only): "the name field prefixed with the application scope if applicable".
            // Assumed here: a name already starting with the scope is not prefixed again — the ATF test "the Supporter
            // Control's formatter finds its macro" settles it on an instance.
            if (r.$table === 'sys_ui_macro') values.scoped_name = r.name.startsWith(`${APP_PREFIX}_`) ? r.name : `${APP_PREFIX}_${r.name}`
            upsertRaw(ctx, r.$table, values)
        }
        // properties: defaults from the build; values already in a persisted database are kept
        for (const p of build.records.filter((r) => r.$table === 'sys_properties')) {
            const existing = storage.select(`SELECT sys_id FROM "t_sys_properties" WHERE name = ?`, [p.name])[0]
            if (existing) continue
            const value = p.type === 'password2' ? storage.encrypt(p.value ?? '') : (p.value ?? '')
            upsertRaw(ctx, 'sys_properties', {
                sys_id: p.sys_id,
                name: p.name,
                value,
                type: p.type,
                description: p.description,
                is_private: p.is_private === 'true' ? '1' : '0',
                read_roles: p.read_roles,
                write_roles: p.write_roles,
            })
        }
        // platform roles the build references by name (itil, ...): created with the sys_id the build uses
        for (const r of build.records) {
            const name = r.$display.sys_user_role
            if (name && r.sys_user_role && !ctx.query('sys_user_role', `name=${name}`).length)
                upsertRaw(ctx, 'sys_user_role', { sys_id: r.sys_user_role, name })
        }
        // the platform's Default view (its sys_id is the string 'Default view' on every instance)
        if (!ctx.query('sys_ui_view', 'sys_id=Default view').length)
            upsertRaw(ctx, 'sys_ui_view', { sys_id: 'Default view', name: '', title: 'Default view' })
        // the base instance's incident and problem form layouts (platform-forms.ts), once per database
        for (const [table, row] of PLATFORM_FORM_ROWS)
            if (!storage.select(`SELECT sys_id FROM "t_${schema.root(table)}" WHERE sys_id = ?`, [row.sys_id]).length)
                upsertRaw(ctx, table, row)
        if (!ctx.query('sys_user_role', 'name=admin').length)
            upsertRaw(ctx, 'sys_user_role', { sys_id: randomBytes(16).toString('hex'), name: 'admin' })
    })
}

/**
 * Runs one of the build's fix scripts (sys_script_fix) by name, as an install does: in the app's scope,
 * as the system (the installing admin); returns what it logged.
 */
export function runFixScript(
    ctx: RuntimeContext,
    records: BuiltRecord[],
    onLog: (listener: (level: LogLevel, message: string) => void) => () => void,
    name: string,
): string[] {
    const fix = records.find((r) => r.$table === 'sys_script_fix' && r.name === name)
    if (!fix) throw new Error(`no fix script "${name}" in the build`)
    const lines: string[] = []
    const off = onLog((_level, message) => lines.push(message))
    try {
        ctx.asSystem(() => ctx.runScript(fix.script))
    } finally {
        off()
    }
    return lines
}
