/**
 * Every match of a global pattern in `text`. Unlike `String.prototype.matchAll`, which makes a new
 * RegExp for each call, this runs the pattern itself: in the hot paths (a rule over every section
 * of an archive) the copy costs more than the search.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return found;
}
