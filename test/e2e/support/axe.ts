import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * What axe checks: the whole document when absent, a selector, elements by selector lists, or an
 * element inside a shadow root as `fromShadowDom` (the older `[[host, inner]]` form silently
 * matches nothing in axe 4.14).
 */
export type AxeContext = string | { include: string[][] | { fromShadowDom: string[] } };

/**
 * WCAG 2.1 A and AA violations axe-core finds on the page (or inside `context`), as "rule:
 * selector — what to fix", so a failure names the element and the remedy. Evaluated, not added as
 * a script, so extension pages' CSP allows it.
 */
export async function axeViolations(page: Page, context?: AxeContext): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (context) => {
    type Result = { passes: unknown[]; violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(c: unknown, o: object): Promise<Result> } }).axe;
    const result = await axe.run(context ?? document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    // Nothing checked at all means the context matched nothing: say so rather than pass.
    if (result.passes.length === 0 && result.violations.length === 0) return ['axe checked nothing: the context matched no element'];
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} — ${v.help}`));
  }, context);
}
