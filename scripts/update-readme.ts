import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rulesMarkdown } from '../cli/commands/rules.ts';
import { projectRoot } from '../cli/project-paths.ts';

// The README's rule catalogue is generated from the rules themselves, between two markers.
const file = path.join(projectRoot, 'README.md');
const readme = readFileSync(file, 'utf8');
const updated = readme.replace(
  /(<!-- rules:start -->)[\s\S]*?(<!-- rules:end -->)/,
  (_, start: string, end: string) => `${start}\n${rulesMarkdown()}\n${end}`,
);
if (updated === readme) console.log('README.md: rule catalogue already up to date');
else {
  writeFileSync(file, updated);
  console.log('README.md: rule catalogue updated');
}
