/** Cover pages with an attendance list, for the attendance rules' tests (invented people). */

export const MEMBERS = ['Karin Sjö (S), ordförande', 'Jonas Ek (M), 1:e vice ordförande', 'Anna Berg (V)', 'Per Holm (L)', 'Erik Lund (S)'];

export function attendanceCover(serving: string[] = [], members: string[] = MEMBERS): string {
  return ['Beslutande ledamöter', ...members, '', ...(serving.length ? ['Tjänstgörande ersättare', ...serving, ''] : []), 'Justerare', 'Jonas Ek (M)'].join('\n');
}
