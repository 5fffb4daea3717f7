/** The namespace declarations every WordprocessingML part we write carries. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
export const PKG_NS = 'http://schemas.microsoft.com/office/2006/xmlPackage';

export const REL_OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
export const REL_STYLES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
export const REL_NUMBERING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering';
export const REL_THEME = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme';
export const REL_FOOTER = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer';

export const CT_RELS = 'application/vnd.openxmlformats-package.relationships+xml';
export const CT_DOCUMENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
export const CT_STYLES = 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml';
export const CT_NUMBERING = 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml';
export const CT_THEME = 'application/vnd.openxmlformats-officedocument.theme+xml';
export const CT_FOOTER = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml';

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export const documentXml = (bodyContent: string, sectionProperties = ''): string =>
  `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${bodyContent}${sectionProperties}</w:body></w:document>`;
