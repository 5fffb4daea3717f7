export * from './lagstadgad-tid.ts';
export * from './anslag-dates.ts';
export * from './anslag-block.ts';
export * from './notice.ts';
export * from './protocol-anslag.ts';
