import type { Organisation } from './organisation.ts';

/**
 * The self-hosted update files the packages point to (`update_url` in their manifests): Chrome and
 * Edge read update.xml, Firefox updates.json. Each names this release's version and package; put
 * them, with the packages, in the organisation's `hosting` folder, and a browser updates within
 * hours (Chromium checks about every five hours, Firefox daily).
 */

export function chromiumUpdateXml(org: Organisation): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">
  <app appid="${org.chromiumId}">
    <updatecheck codebase="${org.hosting}${org.crxFile}" version="${org.version}"/>
  </app>
</gupdate>
`;
}

export function firefoxUpdatesJson(org: Organisation): string {
  const updates = { addons: { [org.extension.firefoxId]: { updates: [{ version: org.version, update_link: `${org.hosting}${org.xpiFile}` }] } } };
  return `${JSON.stringify(updates, null, 2)}\n`;
}
