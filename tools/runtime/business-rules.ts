/**
 * Business rules (`sys_script`) of the build: fired by GlideRecord before/after insert, update and delete
 * in `order`, filtered by their filter condition and condition script; async ones queued and run later
 * (`runAsync`) with no `previous`, as the platform does.
 */
import type { BuiltRecord } from './build-reader'
import type { RuntimeContext } from './context'
import type { GlideRecord, RuleAction, RuleWhen } from './glide/record'
import { evaluate, parseEncoded } from './query'

interface BusinessRuleDef {
    name: string
    table: string
    when: RuleWhen
    actions: Set<RuleAction>
    order: number
    filter: string
    condition: string
    script: string
}

export class BusinessRules {
    private rules: BusinessRuleDef[] = []
    private asyncQueue: { rule: BusinessRuleDef; table: string; sysId: string; user: string }[] = []
    private ruleDepth = 0

    /** @param currentUser the user an async rule will run as: the one whose write queued it */
    constructor(
        private readonly ctx: RuntimeContext,
        private readonly currentUser: () => string,
    ) {}

    /** The build's active rules, by order. */
    load(records: BuiltRecord[]): void {
        this.rules = records
            .filter((r) => r.$table === 'sys_script' && r.active !== 'false')
            .map((r) => ({
                name: r.name,
                table: r.collection,
                when: (r.when.startsWith('async') ? 'async' : r.when) as RuleWhen,
                actions: new Set((['insert', 'update', 'delete'] as RuleAction[]).filter((a) => r[`action_${a}`] === 'true')),
                order: Number(r.order || 100),
                filter: r.filter_condition ?? '',
                condition: r.condition ?? '',
                script: r.script ?? '',
            }))
            .sort((a, b) => a.order - b.order)
    }

    fire(when: RuleWhen, action: RuleAction, current: GlideRecord, previous: GlideRecord | null): void {
        const tables = new Set(this.ctx.schema.ancestry(current.getRecordClassName()).map((t) => t.name))
        for (const rule of this.rules) {
            if (rule.when !== when || !rule.actions.has(action) || !tables.has(rule.table)) continue
            const { condition } = parseEncoded(rule.filter)
            const get = (f: string) => current.getValue(f) ?? ''
            const prev = (f: string) => (previous ? (previous.getValue(f) ?? '') : '')
            if (!evaluate(condition, get, previous ? prev : undefined, (f) => this.ctx.schema.column(current.getTableName(), f)?.type))
                continue
            if (when === 'async') {
                this.asyncQueue.push({
                    rule,
                    table: current.getRecordClassName(),
                    sysId: current.getUniqueValue(),
                    user: this.currentUser(),
                })
                continue
            }
            if (rule.condition && this.ctx.runScript(`return (${rule.condition});`, { current, previous }) !== true) continue
            if (this.ruleDepth > 20) throw new Error(`business rule recursion too deep at "${rule.name}"`)
            this.ruleDepth++
            try {
                this.ctx.runScript(rule.script, { current, previous })
            } finally {
                this.ruleDepth--
            }
        }
    }

    /** Runs the queued async business rules (the platform runs them shortly after the transaction). */
    runAsync(): number {
        let n = 0
        while (this.asyncQueue.length) {
            const item = this.asyncQueue.shift() as (typeof this.asyncQueue)[number]
            this.ctx.runAs(item.user, () => {
                // async rules run later, in their own transaction: `previous` is null and changes() is false
                const current = new this.ctx.SystemRecord(item.table)
                if (!current.get(item.sysId)) return
                if (item.rule.condition && this.ctx.runScript(`return (${item.rule.condition});`, { current, previous: null }) !== true)
                    return
                this.ctx.runScript(item.rule.script, { current, previous: null })
                n++
            })
        }
        return n
    }
}
