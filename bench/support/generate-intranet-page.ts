/**
 * An intranet-like page of about `bytes` of HTML: navigation, news items, tables and lists,
 * with a case number every kilobyte or so (some split over <b> or written with &nbsp; and en
 * dashes), look-alikes, dates and phone numbers. Deterministic, so runs compare.
 */
export function generateIntranetPage(bytes: number): string {
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const words = [
    'regionen', 'verksamheten', 'nämnden', 'uppföljning', 'budget', 'vårdplatser', 'kollektivtrafik', 'medarbetare',
    'personal', 'utveckling', 'förvaltningen', 'digitalisering', 'länet', 'beslut', 'ärendet', 'kvartal', 'rapport',
    'sammanträde', 'remiss', 'yttrande', 'investering', 'primärvården', 'tandvården', 'kulturen', 'och', 'att', 'för',
  ];
  const sentence = () => {
    const n = 8 + rand(14);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(words[rand(words.length)]!);
    return parts.join(' ');
  };
  const prefixes = ['RS', 'HSN', 'RUN', 'RF'];
  const caseRef = () => {
    const p = prefixes[rand(prefixes.length)]!;
    const num = 100 + rand(3000);
    const year = 2019 + rand(7);
    switch (rand(5)) {
      case 0:
        return `<b>${p}</b>&nbsp;${num}-${year}`;
      case 1:
        return `${p} ${num}\u2013${year}`;
      case 2:
        return `<a href="/arende/${num}">${p} ${num}-${year}</a>`;
      default:
        return `${p} ${num}-${year}`;
    }
  };
  const noise = () =>
    [`SFS 2017:725`, `RS ${rand(900)}`, `tel. 090-${100 + rand(800)} 00 00`, `2024-${1 + rand(12)}-${1 + rand(28)}`][rand(4)]!;
  const paragraph = () => {
    const bits = [sentence(), rand(3) === 0 ? caseRef() : noise(), sentence() + '.'];
    return `<p>${bits.join(' ')}</p>`;
  };
  const blocks: string[] = [
    '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Intranät</title></head><body>',
    '<nav><ul>' + Array.from({ length: 40 }, (_, i) => `<li><a href="/s/${i}">Sida ${i}</a></li>`).join('') + '</ul></nav><main>',
  ];
  let size = blocks.join('').length;
  let item = 0;
  while (size < bytes) {
    let html: string;
    switch (item++ % 4) {
      case 0:
        html = `<article><h2>Nyhet ${item}</h2>${paragraph()}${paragraph()}${paragraph()}</article>`;
        break;
      case 1:
        html = `<table><tbody>${Array.from({ length: 4 }, () => `<tr><td>${caseRef()}</td><td>${sentence()}</td><td>${noise()}</td></tr>`).join('')}</tbody></table>`;
        break;
      case 2:
        html = `<ul>${Array.from({ length: 5 }, () => `<li><span>${sentence()}</span> <em>${noise()}</em></li>`).join('')}</ul>`;
        break;
      default:
        html = `<div class="card"><div class="card-body"><p><span>${sentence()}</span></p>${paragraph()}</div></div>`;
    }
    blocks.push(html);
    size += html.length;
  }
  blocks.push('</main></body></html>');
  return blocks.join('\n');
}
