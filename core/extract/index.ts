export * from './extract-docx.ts';
export * from './recipients.ts';
export * from './source-document.ts';
