import path from 'node:path';
import { checkProtocol, hasErrors } from '../../core/check/check.ts';
import { meetingProfile, type MeetingProfile } from '../../core/check/meeting-profile.ts';
import type { Finding } from '../../core/check/rule.ts';
import type { Protocol } from '../../core/model/protocol.ts';
import { oneOf, parseCommandArgs } from '../args.ts';
import { loadCheckConfig } from '../check-config.ts';
import { asInputError, feedSourceAt } from '../feed-source.ts';
import { FETCH_LIMIT_FLAGS, FETCH_LIMIT_USAGE, fetchLimitsOf } from '../fetch-limit-flags.ts';
import { previousMeeting, readMeetingIndex } from '../../core/history/numbering.ts';
import type { Command } from '../command.ts';
import { EXAMPLE_PROTOCOL } from '../project-paths.ts';
import { readProtocol } from '../read-protocol.ts';
import { SEVERITY_WORD } from '../severity-word.ts';
import { plural } from '../../core/text/plural.ts';
import { terminalJson, terminalText } from '../terminal-text.ts';

const usage = `Användning: protokoll check [FIL …] [--format text|json] [--config KONFIG.json] [--feed MAPP|URL]

Granskar protokollutkast (.txt, .docx eller .pdf) mot Kommunallagens regler och husstilen
innan de skickas för justering. Utan FIL granskas projektets eget exempelprotokoll. Varje fil
granskas för sig; en fil som inte går att läsa får en egen rad och de andra granskas ändå.

Ett organ enligt kommunallagen (fullmäktige, styrelse, nämnd, utskott, beredning) granskas mot
alla regler, en styrgrupp, arbetsgrupp, ett råd, presidium eller samråd bara mot strukturreglerna.
Rapporten säger vilken profil som användes och varför.

  --format text|json   text för en person (standard), json för verktyg
  --config FIL         JSON med diarienummerformat, prefix, allvarlighetsgrader, profil (se README)
  --feed MAPP|URL      beslutshistorikens flöde (protokoll index): varnar när första paragrafen inte
                       följer på sista paragrafen i organets förra protokoll samma år
${FETCH_LIMIT_USAGE}

Slutkod, den värsta för filerna: 0 inga fel, 1 fel hittades, 2 felaktig användning eller oläsbar fil.`;

interface Checked {
  file: string;
  protocol: Protocol;
  profile: MeetingProfile;
  findings: Finding[];
}

/** A file that could not be read or held no § entries. */
interface Unreadable {
  file: string;
  error: string;
}

const PROFILE_NAME = { kommunallagen: 'kommunallagen', struktur: 'strukturreglerna' } as const;

function textReport({ file, protocol, profile, findings }: Checked): string {
  const ps = protocol.paragrafer;
  const [first, last] = [ps[0]?.number, ps[ps.length - 1]?.number];
  const range = first === undefined || last === undefined ? '' : first === last ? ` (§ ${first})` : ` (§§ ${first}–${last})`;
  const out = [
    terminalText(file),
    `  ${[protocol.body, protocol.date].filter(Boolean).join(' ') || 'Okänt organ och datum'} · ${plural(ps.length, 'paragraf', 'paragrafer')}${range}`,
    `  Granskad mot ${PROFILE_NAME[profile.id]}: ${profile.reason}`,
  ];
  // Grouped by the paragraph the finding's line falls in, so two paragraphs with the same number stay apart.
  const paragraphOf = (f: Finding) =>
    f.paragraph === null
      ? null
      : (ps.findLast((p) => p.number === f.paragraph && (f.line === null || p.line <= f.line)) ?? ps.find((p) => p.number === f.paragraph) ?? null);
  const groups = new Map<Protocol['paragrafer'][number] | null, Finding[]>();
  for (const f of findings) {
    const p = paragraphOf(f);
    groups.set(p, [...(groups.get(p) ?? []), f]);
  }
  for (const [p, group] of groups) {
    const title = p === null ? 'Hela protokollet' : `§ ${p.number} ${p.title}`;
    out.push('', `  ${title}`);
    for (const f of group) {
      const where = f.line ? `rad ${f.line}` : '';
      const times = f.count ? ` (${f.count} gånger)` : '';
      out.push(`    ${where.padEnd(9)}${SEVERITY_WORD[f.severity].padEnd(8)} ${f.message}${times}  [${f.rule}]`);
    }
  }
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const summary = `${plural(count('error'), 'fel', 'fel')}, ${plural(count('warning'), 'varning', 'varningar')}, ${count('info')} info`;
  out.push('', hasErrors(findings) ? `  Åtgärda felen innan protokollet skickas för justering. ${summary}.` : `  Inga fel: klart för justering. ${summary}.`);
  return terminalText(out.join('\n'), { multiline: true });
}

function jsonFile({ file, protocol, profile, findings }: Checked) {
  return {
    file,
    profile: { id: profile.id, reason: profile.reason },
    protocol: {
      body: protocol.body,
      date: protocol.date,
      paragraphs: protocol.paragrafer.map((p) => ({ number: p.number, title: p.title, caseNumbers: p.caseNumbers })),
    },
    findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, paragraph: f.paragraph, line: f.line, message: f.message, ...(f.count ? { count: f.count } : {}) })),
  };
}

export const checkCommand: Command = {
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string' },
      config: { type: 'string' },
      feed: { type: 'string' },
      ...FETCH_LIMIT_FLAGS,
    });
    const format = oneOf(values.format, ['text', 'json'] as const, 'text', '--format');
    const config = await loadCheckConfig(values.config, io.cwd);
    // Read once for every file: the meetings of the feed, not its decisions, are kept.
    const meetings = values.feed === undefined ? null : await asInputError(readMeetingIndex(feedSourceAt(values.feed, io.cwd, fetchLimitsOf(values))));
    const files = positionals.length ? positionals : [path.relative(io.cwd, EXAMPLE_PROTOCOL) || EXAMPLE_PROTOCOL];
    if (!positionals.length && format === 'text') io.stderr(`Ingen fil angiven: granskar projektets exempelprotokoll ${files[0]}\n`);

    // In the order given; an unreadable file is reported where it stands and the rest are still checked.
    const results: (Checked | Unreadable)[] = [];
    for (const file of files) {
      const read = await readProtocol(file, io.cwd, config.caseNumbers);
      if (!read.ok) {
        io.stderr(`protokoll check: ${terminalText(`${file}: ${read.reason}`)}\n`);
        results.push({ file, error: read.reason });
        continue;
      }
      const { body, date } = read.protocol;
      const profile = meetingProfile(body, config.profile);
      const previous = meetings && body && date ? previousMeeting(meetings, { body, date }) : null;
      results.push({ file, protocol: read.protocol, profile, findings: checkProtocol(read.protocol, { config, sourceText: read.text, profile: profile.id, previousMeeting: previous }) });
    }
    const checked = results.filter((r): r is Checked => 'findings' in r);

    if (format === 'json') {
      io.stdout(terminalJson({ files: results.map((r) => ('findings' in r ? jsonFile(r) : r)) }) + '\n');
    } else if (checked.length) {
      io.stdout(checked.map(textReport).join('\n\n') + '\n');
    }
    if (checked.length < results.length) return 2;
    return checked.some((c) => hasErrors(c.findings)) ? 1 : 0;
  },
};
