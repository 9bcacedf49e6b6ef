/**
 * Users as the case actions name them (sys_user: name, active) and who is signed in to TeamViewer from
 * ServiceNow: the grants' non-secret columns (user, tv_user_id, api_origin of x_tvgh_teamviewer_token) —
 * no token is read here. A grant counts only when it was issued by the configured API (its origin).
 */
import { GlideRecord } from '@servicenow/glide'
import type { PeopleStore, Person } from '../ports/cases.ts'
import { TABLE } from '../shared/names.ts'

function str(v: unknown): string {
    return v === null || v === undefined ? '' : String(v)
}

/** The people adapter; `apiOrigin` answers the configured API's origin ('' when it is not valid: nobody is signed in). */
export function glidePeople(apiOrigin: () => string): PeopleStore {
    return {
        get(userSysId: string): Person | null {
            if (!userSysId) return null
            const gr = new GlideRecord('sys_user')
            if (!gr.get(userSysId)) return null
            const active = str(gr.getValue('active'))
            return { sysId: gr.getUniqueValue(), name: str(gr.getValue('name')), active: active !== 'false' && active !== '0' }
        },
        tvUserIdOf(userSysId: string): string {
            const origin = apiOrigin()
            if (!userSysId || !origin) return ''
            const gr = new GlideRecord(TABLE.token)
            gr.addQuery('user', userSysId)
            gr.setLimit(1)
            gr.query()
            if (!gr.next() || str(gr.getValue('api_origin')) !== origin) return ''
            return str(gr.getValue('tv_user_id'))
        },
        signedIn(): string[] {
            const origin = apiOrigin()
            if (!origin) return []
            const gr = new GlideRecord(TABLE.token)
            gr.addQuery('api_origin', origin)
            gr.setLimit(200)
            gr.query()
            const out: string[] = []
            while (gr.next()) if (str(gr.getValue('tv_user_id'))) out.push(str(gr.getValue('user')))
            return out
        },
    }
}
