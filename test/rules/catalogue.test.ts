import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_CONFIG } from '../../core/check/config.ts';
import { RULES } from '../../core/rules/index.ts';
import { projectRoot } from '../support/shared.ts';

const rulesDir = path.join(projectRoot, 'core/rules');
const ruleFiles = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

describe('the rule catalogue', () => {
  it('holds one rule per file of core/rules, named by its id, and nothing else', () => {
    expect(RULES.map((r) => `${r.id}.ts`).sort()).toEqual([...ruleFiles].sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('is what its file exports', async () => {
        const module: Record<string, unknown> = await import(`../../core/rules/${rule.id}.ts`);
        expect(Object.values(module)).toContain(rule);
      });

      it('has its test file, which tests it', () => {
        const testFile = path.join(projectRoot, 'test/rules', `${rule.id}.test.ts`);
        expect(existsSync(testFile), `test/rules/${rule.id}.test.ts`).toBe(true);
        expect(readFileSync(testFile, 'utf8')).toContain(`from '../../core/rules/${rule.id}.ts'`);
      });

      it('has messages, and its options are keys of the configuration with their defaults', () => {
        expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
        const defaults = rule.options?.parse({}) ?? {};
        expect(DEFAULT_CHECK_CONFIG).toMatchObject(defaults);
      });
    });
  }

  it('gives an option shared by rules one schema', () => {
    const schemas = new Map<string, unknown>();
    for (const rule of RULES) {
      for (const [key, schema] of Object.entries(rule.options?.shape ?? {})) {
        expect(schemas.get(key) ?? schema, key).toBe(schema);
        schemas.set(key, schema);
      }
    }
  });
});
