import type { EntryTemplate, TemplateId } from './template.ts';
import { foredragningslista } from './types/foredragningslista.ts';
import { valAvJusterare } from './types/val-av-justerare.ts';
import { informationsarende } from './types/informationsarende.ts';
import { beslutsarende } from './types/beslutsarende.ts';
import { beredningsarende } from './types/beredningsarende.ts';
import { yrkanden } from './types/yrkanden.ts';
import { omrostning } from './types/omrostning.ts';
import { aterremiss } from './types/aterremiss.ts';
import { delegationsbeslut } from './types/delegationsbeslut.ts';

/** Every paragraph type, in the order a clerk's menu shows them. */
export const TEMPLATES: readonly EntryTemplate[] = [
  foredragningslista,
  valAvJusterare,
  informationsarende,
  beslutsarende,
  beredningsarende,
  yrkanden,
  omrostning,
  aterremiss,
  delegationsbeslut,
];

const BY_ID = new Map(TEMPLATES.map((t) => [t.id, t]));

export function getTemplate(id: TemplateId): EntryTemplate {
  const t = BY_ID.get(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}
