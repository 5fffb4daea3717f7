/** A count with its Swedish noun in the right number: "1 paragraf", "3 paragrafer". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
