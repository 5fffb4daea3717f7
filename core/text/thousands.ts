/** A whole number with Swedish thousands separators, as plain spaces: `5 000 000`. */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ' ');
}
