export * from './xml-escape.ts';
export * from './styles.ts';
export * from './entry.ts';
export * from './insertable.ts';
export * from './docx.ts';
