/**
 * The one clock port: milliseconds since the epoch. Logic takes a Clock instead of reading the time itself, so
 * tests drive time by hand; on the platform it is platform/clock.ts (GlideDateTime).
 */
export type Clock = () => number
