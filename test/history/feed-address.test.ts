import { describe, expect, it } from 'vitest';
import { feedFolder, feedManifestAddress } from '../../core/history/feed-address.ts';

describe('one address form for the feed: its folder or its manifest.json', () => {
  const folder = 'https://intranat.region.example/beslutshistorik/';

  it.each(['https://intranat.region.example/beslutshistorik', folder, `${folder}manifest.json`, `  ${folder}Manifest.JSON `, `${folder}manifest.json?v=3`])(
    '%s is the feed in %s',
    (address) => {
      expect(feedFolder(address)).toBe(folder);
      expect(feedManifestAddress(address)).toBe(`${folder}manifest.json`);
    },
  );

  it('reads paths of the CLI the same way, on Windows too', () => {
    expect(feedFolder('feed')).toBe('feed/');
    expect(feedFolder('feed/manifest.json')).toBe('feed/');
    expect(feedFolder('manifest.json')).toBe('./');
    expect(feedFolder('D:\\flöde\\manifest.json')).toBe('D:\\flöde\\');
    expect(feedFolder('/srv/flöde/')).toBe('/srv/flöde/');
  });

  it('keeps a folder that only ends like the manifest', () => {
    expect(feedFolder('https://x.example/mymanifest.json')).toBe('https://x.example/mymanifest.json/');
  });
});
