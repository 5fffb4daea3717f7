import { launchExtensionBrowser, type ExtensionBrowser } from '../harness/extension-browser.ts';
import { pointAtFeed, shownCounts } from '../harness/options-page.ts';
import { FEED_DIR, PATHS, PROFILE_DIR, portFromEnv, relative, startDemo, type RunningDemo } from './start/demo-parts.ts';

/**
 * `npm start`: builds the extension, the Word add-in and the history feed of the example
 * protocols, serves them with the demo intranet page on 127.0.0.1, and opens Chromium with the
 * extension pointed at the feed when there is a display. Ctrl+C (SIGINT) or SIGTERM stops it.
 */

const say = (line = '') => process.stdout.write(`${line}\n`);
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

let demo: RunningDemo | null = null;
let browser: ExtensionBrowser | null = null;
let stopping = false;

async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  say(`\n${signal}: stänger …`);
  await browser?.close().catch(() => undefined);
  await demo?.close();
  say('Demon är stoppad.');
  process.exit(0);
}
process.on('SIGINT', () => void stop('Ctrl+C'));
process.on('SIGTERM', () => void stop('SIGTERM'));

function printParts(d: RunningDemo): void {
  say();
  say('Byggt:');
  say(`  Webbläsartillägget (Chromium)  ${relative(d.extensionDir)}`);
  say(`  Word-tillägget                 ${relative(d.addinDir)}`);
  say(`  Historikflödet                 ${relative(FEED_DIR)}`);
  for (const line of d.feedSummary) say(`    ${line}`);
  say();
  say(`Servern (bara den här datorn, 127.0.0.1:${d.server.port}):`);
  say(`  Intranätets demosida           ${d.url(PATHS.page)}`);
  say(`  Historikflödet (manifest)      ${d.url(PATHS.manifest)}`);
  say(`  Uppgiftsfönstret (utan Word)   ${d.url(PATHS.taskpane)}`);
}

function printLoadByHand(d: RunningDemo, reason: string): void {
  say();
  say(`${reason} Läs in tillägget själv i Chromium, Chrome eller Edge:`);
  say('  1. Öppna chrome://extensions (edge://extensions i Edge).');
  say('  2. Slå på Utvecklarläge.');
  say(`  3. Välj Läs in okomprimerat och mappen ${d.extensionDir}`);
  say('  4. Öppna tilläggets alternativ (Information → Tilläggsalternativ) och skriv in historikflödet:');
  say(`       ${d.url(PATHS.manifest)}`);
  say('     Tryck Synkronisera nu.');
  say(`  5. Öppna ${d.url(PATHS.page)} och vila pekaren på ett diarienummer.`);
}

async function main(): Promise<void> {
  const port = portFromEnv();
  say('Protokoll – demo');
  demo = await startDemo(port, (line) => say(line));
  if (stopping) return;
  printParts(demo);
  if (port !== 0 && demo.server.port !== port) say(`  (port ${port} var upptagen, så ${demo.server.port} används)`);

  if (hasDisplay && !process.env.PROTOKOLL_NO_BROWSER) {
    say();
    say(`Öppnar Chromium med tillägget (profil i ${relative(PROFILE_DIR)}) …`);
    try {
      browser = await launchExtensionBrowser({
        dir: demo.extensionDir,
        headless: false,
        profileDir: PROFILE_DIR,
        // A window the person can resize.
        viewport: null,
        locale: 'sv-SE',
        ownSignals: true,
      });
      const options = await pointAtFeed(browser, demo.url(PATHS.manifest));
      const page = browser.context.pages().find((p) => p !== options && p.url() === 'about:blank') ?? (await browser.context.newPage());
      await page.goto(demo.url(PATHS.page));
      await page.bringToFront();
      const counts = await shownCounts(options);
      say(`  Tillägget har läst ${counts.cases} ärenden och ${counts.decisions} beslut från historikflödet.`);
      say('  Vila pekaren på ett diarienummer på demosidan.');
      browser.context.on('close', () => {
        browser = null;
        if (!stopping) say('Chromium stängdes; servern kör vidare tills du trycker Ctrl+C.');
      });
    } catch (error) {
      await browser?.close().catch(() => undefined);
      browser = null;
      printLoadByHand(demo, `Chromium gick inte att öppna (${(error as Error).message.split('\n')[0]}).`);
    }
  } else {
    printLoadByHand(demo, 'Ingen skärm (DISPLAY/WAYLAND_DISPLAY saknas), så ingen webbläsare öppnas.');
  }
  say();
  say(`Demon är igång på ${demo.server.origin}/ – stoppa med Ctrl+C.`);
}

main().catch(async (error: unknown) => {
  process.stderr.write(`npm start misslyckades: ${error instanceof Error ? error.message : String(error)}\n`);
  await demo?.close();
  process.exit(1);
});
