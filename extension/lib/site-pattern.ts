/** The match pattern of a URL's scheme and host: ports are not part of match patterns in every browser. */
export function sitePatternOf(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
