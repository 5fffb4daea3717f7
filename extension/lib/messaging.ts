import { browser } from 'wxt/browser';
import type { z } from 'zod';
import {
  BACKGROUND_RESPONSES,
  BackgroundRequest,
  CONTENT_RESPONSES,
  ContentRequest,
  DataChangedEvent,
  FrameReferencesEvent,
  Reply,
  type BackgroundRequestType,
  type BackgroundResponse,
  type ContentRequestType,
  type ContentResponse,
  type PageReference,
} from './messages.ts';

/**
 * The typed message client and server of the extension. Requests and replies are parsed with
 * the schemas of messages.ts on both ends. Replies go through `sendResponse` (not a
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

/**
 * Asks the content script of a tab (from the popup): the one of frame `frameId`, or else every
 * frame's, of which the top frame answers (see FrameReferencesEvent). Rejects when none answers.
 */
export async function askTab<T extends ContentRequestType>(
  tabId: number,
  request: Extract<ContentRequest, { type: T }>,
  frameId?: number,
): Promise<ContentResponse<T>> {
  const raw: unknown = await (frameId === undefined ? browser.tabs.sendMessage(tabId, request) : browser.tabs.sendMessage(tabId, request, { frameId }));
  return parseReply(raw, CONTENT_RESPONSES[request.type]) as Promise<ContentResponse<T>>;
}

type Handlers<R extends { type: string }, Out extends Record<R['type'], unknown>> = {
  [K in R['type']]: (request: Extract<R, { type: K }>) => Promise<Out[K]> | Out[K];
};

/**
 * Serves requests of `schema`. A request type in `reported` is not answered: its value goes to
 * `reported[type]` instead, and other listeners (another frame's) may answer.
 */
function serve<S extends z.ZodType<{ type: string }>>(
  schema: S,
  handlers: Record<string, (request: never) => unknown>,
  reported: Record<string, (value: unknown) => void> = {},
): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): true | undefined => {
    const parsed = schema.safeParse(message);
    // Not ours (a broadcast, or a message for another part): let other listeners answer.
    if (!parsed.success) return undefined;
    const handler = handlers[parsed.data.type]!;
    const value = Promise.resolve().then(() => handler(parsed.data as never));
    const report = reported[parsed.data.type];
    if (report) {
      value.then(report).catch((error: unknown) => console.warn('protokoll: svaret kunde inte skickas', error));
      return undefined;
    }
    value.then(
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

/**
 * Answers the popup's requests in a frame below the top: the page's references are sent as a
 * FrameReferencesEvent rather than answered (the top frame's answer is the one a tab message
 * takes); a reference is shown when the popup addresses this frame by its id.
 */
export function serveFrameContent(
  handlers: Handlers<z.output<typeof ContentRequest>, { [K in ContentRequestType]: ContentResponse<K> }>,
): () => void {
  return serve(ContentRequest, handlers, {
    pageReferences: (value) => {
      const event: FrameReferencesEvent = { type: 'frameReferences', references: (value as ContentResponse<'pageReferences'>).references };
      void browser.runtime.sendMessage(event).catch(() => undefined);
    },
  });
}

/** Calls `listener` with each frame's FrameReferencesEvent from tab `tabId` (in the popup). Returns a function that stops it. */
export function onFrameReferences(tabId: number, listener: (frameId: number, references: PageReference[]) => void): () => void {
  const wrapped = (message: unknown, sender: { tab?: { id?: number }; frameId?: number }): undefined => {
    const parsed = FrameReferencesEvent.safeParse(message);
    if (parsed.success && sender.tab?.id === tabId && sender.frameId !== undefined) listener(sender.frameId, parsed.data.references);
    return undefined;
  };
  browser.runtime.onMessage.addListener(wrapped);
  return () => browser.runtime.onMessage.removeListener(wrapped);
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
