/**
 * Platform tables the app ships records of that the SDK's platform dictionary does not define, described from
 * ServiceNow's documentation (sys_* columns aside). The one description both the install check
 * (shipped-columns.ts) and the local form/list pages (web/dictionary.ts) use.
 * - sys_email_client_template: "Create an email client template" (name, table, conditions; Content: subject,
 *   content_type, body_html, body_text; Recipients: recipients = To, copied = Cc, blind_copied = Bcc).
 * - sys_email_canned_message (Quick Messages, docs "quick-message"): title, body, group, active, table.
 */
import type { DictionaryColumn } from './platform-dictionary'

export interface DocumentedTable {
    name: string
    label: string
    columns: Map<string, DictionaryColumn>
}

function table(name: string, label: string, columns: DictionaryColumn[]): DocumentedTable {
    return { name, label, columns: new Map(columns.map((c) => [c.name, c])) }
}

export const DOCUMENTED_TABLES: Record<string, DocumentedTable> = {
    sys_email_client_template: table('sys_email_client_template', 'Email Client Template', [
        { name: 'name', type: 'string', label: 'Name' },
        { name: 'table', type: 'table_name', label: 'Table' },
        { name: 'conditions', type: 'conditions', label: 'Conditions' },
        { name: 'subject', type: 'string', label: 'Subject' },
        { name: 'content_type', type: 'string', label: 'Content type' },
        { name: 'body_html', type: 'html', label: 'Body', maxLength: 65000 },
        { name: 'body_text', type: 'string', label: 'Body text', maxLength: 65000 },
        { name: 'recipients', type: 'string', label: 'To' },
        { name: 'copied', type: 'string', label: 'Cc' },
        { name: 'blind_copied', type: 'string', label: 'Bcc' },
    ]),
    sys_email_canned_message: table('sys_email_canned_message', 'Quick Message', [
        { name: 'title', type: 'string', label: 'Title', maxLength: 100 },
        { name: 'body', type: 'html', label: 'Body', maxLength: 65000 },
        { name: 'group', type: 'reference', label: 'Group', reference: 'sys_user_group' },
        { name: 'active', type: 'boolean', label: 'Active' },
        { name: 'table', type: 'table_name', label: 'Table' },
    ]),
}
