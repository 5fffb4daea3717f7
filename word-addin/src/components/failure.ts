import { GatewayError } from '../gateway/gateway.ts';
import type { StatusMessage } from './fields.tsx';

/**
 * An error for the clerk: the gateway's own Swedish message, or else what failed in Swedish, with
 * Word's or the browser's own words (English, error codes) kept for support in a closed details line.
 */
export function failure(error: unknown, what: string): StatusMessage {
  if (error instanceof GatewayError) return { kind: 'error', text: error.message };
  const support = error instanceof Error ? [error.name, (error as { code?: unknown }).code, error.message].filter((x) => typeof x === 'string' && x).join(': ') : String(error);
  return { kind: 'error', text: `${what} Försök igen; händer det igen, kontakta den som ger support för tillägget.`, support };
}
