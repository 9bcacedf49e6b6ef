/** The log a feature writes to (the system log on the platform: platform/log.ts). */
export interface Log {
    info(message: string): void
    warn(message: string): void
}
