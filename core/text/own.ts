/**
 * A copy of a string that shares no memory with the text it was cut from: JavaScript engines keep
 * a whole protocol's text alive for one substring of it, and what is kept from a protocol (history
 * entries, case numbers) outlives the protocol.
 */
export const own = (s: string): string => JSON.parse(JSON.stringify(s)) as string;
