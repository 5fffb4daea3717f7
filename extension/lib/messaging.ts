import { browser } from 'wxt/browser';
import type { z } from 'zod';
import {
  BACKGROUND_RESPONSES,
  BackgroundRequest,
  CONTENT_RESPONSES,
  ContentRequest,
  DataChangedEvent,
  Reply,
  type BackgroundRequestType,
  type BackgroundResponse,
  type ContentRequestType,
  type ContentResponse,
} from '../../core/messages.ts';

/**
 * The typed message client and server of the extension. Requests and replies are parsed with
 * the schemas of core/messages.ts on both ends. Replies go through `sendResponse` (not a
 * returned promise), which Chrome and Firefox both honour.
 */

async function parseReply<S extends z.ZodType>(raw: unknown, schema: S): Promise<z.infer<S>> {
  if (raw === undefined) throw new Error('inget svar (ingen mottagare för meddelandet)');
  const reply = Reply(schema).parse(raw) as Reply<z.infer<S>>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Asks the background (from a content script, the popup or the options page). */
export async function ask<T extends BackgroundRequestType>(
  request: Extract<BackgroundRequest, { type: T }>,
): Promise<BackgroundResponse<T>> {
  const raw: unknown = await browser.runtime.sendMessage(request);
  return parseReply(raw, BACKGROUND_RESPONSES[request.type]) as Promise<BackgroundResponse<T>>;
}

/** Asks the content script of a tab (from the popup). Rejects when the tab has none. */
export async function askTab<T extends ContentRequestType>(
  tabId: number,
  request: Extract<ContentRequest, { type: T }>,
): Promise<ContentResponse<T>> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, request);
  return parseReply(raw, CONTENT_RESPONSES[request.type]) as Promise<ContentResponse<T>>;
}

type Handlers<R extends { type: string }, Out extends Record<R['type'], unknown>> = {
  [K in R['type']]: (request: Extract<R, { type: K }>) => Promise<Out[K]> | Out[K];
};

function serve<S extends z.ZodType<{ type: string }>>(
  schema: S,
  handlers: Record<string, (request: never) => unknown>,
): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): true | undefined => {
    const parsed = schema.safeParse(message);
    // Not ours (a broadcast, or a message for another part): let other listeners answer.
    if (!parsed.success) return undefined;
    const handler = handlers[parsed.data.type]!;
    Promise.resolve()
      .then(() => handler(parsed.data as never))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Answers the background's requests (in the service worker). Returns a function that stops it. */
export function serveBackground(
  handlers: Handlers<z.output<typeof BackgroundRequest>, { [K in BackgroundRequestType]: BackgroundResponse<K> }>,
): () => void {
  return serve(BackgroundRequest, handlers);
}

/** Answers the popup's requests (in a content script). Returns a function that stops it. */
export function serveContent(
  handlers: Handlers<z.output<typeof ContentRequest>, { [K in ContentRequestType]: ContentResponse<K> }>,
): () => void {
  return serve(ContentRequest, handlers);
}

/** Tells every tab's content script that histories or settings changed. Tabs without one are skipped. */
export async function broadcastDataChanged(what: DataChangedEvent['what']): Promise<void> {
  const event: DataChangedEvent = { type: 'dataChanged', what };
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab: { id?: number }) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, event).catch(() => undefined))));
}

/** Calls `listener` on each dataChanged broadcast (in a content script). Returns a function that stops it. */
export function onDataChanged(listener: (what: DataChangedEvent['what']) => void): () => void {
  const wrapped = (message: unknown): undefined => {
    const parsed = DataChangedEvent.safeParse(message);
    if (parsed.success) listener(parsed.data.what);
    return undefined;
  };
  browser.runtime.onMessage.addListener(wrapped);
  return () => browser.runtime.onMessage.removeListener(wrapped);
}
