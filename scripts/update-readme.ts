import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rulesMarkdown } from '../cli/commands/rules.ts';
import { projectRoot } from '../cli/project-paths.ts';

// The rule catalogue is generated from the rules themselves, between two markers: an overview in
// the README, the full table with each rule's source in docs/rules.md.
const targets = [
  { file: 'README.md', table: rulesMarkdown({ sources: false }) },
  { file: 'docs/rules.md', table: rulesMarkdown() },
];
for (const { file, table } of targets) {
  const full = path.join(projectRoot, file);
  const text = readFileSync(full, 'utf8');
  const updated = text.replace(/(<!-- rules:start -->)[\s\S]*?(<!-- rules:end -->)/, (_, start: string, end: string) => `${start}\n${table}\n${end}`);
  if (updated === text) console.log(`${file}: rule catalogue already up to date`);
  else {
    writeFileSync(full, updated);
    console.log(`${file}: rule catalogue updated`);
  }
}
