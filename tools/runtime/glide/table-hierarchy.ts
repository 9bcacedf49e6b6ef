/**
 * GlideTableHierarchy (scoped API) over the runtime's schema: a table's ancestry, root and extensions.
 * An unknown table answers no tables (the app treats that as "no such table").
 */
import type { Schema } from '../schema'

export function makeTableHierarchy(schema: Schema) {
    return class GlideTableHierarchy {
        constructor(private readonly table: string) {}
        /** the table and its ancestors, the table first */
        getTables(): string[] {
            return schema.has(this.table) ? schema.ancestry(this.table).map((t) => t.name) : []
        }
        getRoot(): string {
            return schema.has(this.table) ? schema.root(this.table) : ''
        }
        getBase(): string {
            return schema.has(this.table) ? (schema.table(this.table).parent ?? this.table) : ''
        }
        getTableExtensions(): string[] {
            return schema.has(this.table) ? schema.descendants(this.table).filter((t) => t !== this.table) : []
        }
        hasExtensions(): boolean {
            return this.getTableExtensions().length > 0
        }
        isBaseClass(): boolean {
            return schema.has(this.table) && !schema.table(this.table).parent && this.hasExtensions()
        }
    }
}
