import { gs } from '@servicenow/glide'

/** Entry point of the scheduled job "Retrieve TeamViewer connections". */
export function retrieveConnectionsJob(): void {
    gs.info('Retrieve TeamViewer connections: not implemented yet')
}
