// Every message between Liaison's contexts, in one typed table: who sends it, what it carries, what it answers.
import { browser } from 'wxt/browser';
import type { AnchorMethod, HighlightSelectors } from './anchor';

/** A stored highlight as the page script needs it: its selectors and what its tooltip says. */
export interface PaintableHighlight {
  id: string;
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
  /** The user's note, shown on hover or focus; plain text. */
  note?: string;
  /** The insight category as a label ("Unmet need"); plain text. */
  label?: string;
}

/** How the page script found each highlight again, and which it could not find. */
export interface PaintReport {
  painted: {
    id: string;
    method: AnchorMethod;
    /** The passage as the page words it now, when that is not the stored wording (the page was edited); plain text. */
    current?: string;
  }[];
  /** Ids of highlights whose passage is no longer on the page. */
  orphans: string[];
  /** `css-highlights` paints without touching the page's DOM; `marks` wraps the passages, where that API is missing. */
  paintedWith: 'css-highlights' | 'marks';
}

/** What identifies the page in the library without extracting it: address, canonical address, DOI, PMID. */
export interface PageKeys {
  url: string;
  canonicalUrl?: string;
  doi?: string;
  pmid?: string;
}

/**
 * The table of messages. Each entry is one request and its answer; all go from an extension page or the
 * background to the annotator content script (entrypoints/annotator.content.ts), which handles every one.
 * To add one: 1. an entry here with a one-line comment; 2. its name in MESSAGE_NAMES below; 3. its handler
 * in the receiving context's `MessageHandlers` (lib/page-highlights/annotator-handlers.ts). The compiler
 * refuses a step left out, and lib/messages.test.ts checks that the annotator answers every name.
 */
export interface MessageTable {
  /** Describe the user's current selection as selectors, or null when nothing is selected. */
  'describe-selection': { request: Record<string, never>; response: HighlightSelectors | null };
  /** Read the page's canonical address, DOI and PMID from its head, to find it in the library. */
  'read-page-keys': { request: Record<string, never>; response: PageKeys };
  /** Re-anchor these highlights and paint them, replacing any earlier paint; say which were found. */
  'paint-highlights': { request: { highlights: PaintableHighlight[] }; response: PaintReport };
  /** Scroll to one painted highlight and show its note; false when it is not painted. */
  'focus-highlight': { request: { id: string }; response: boolean };
  /** Remove every highlight Liaison painted (the user turned recognition off). */
  'clear-highlights': { request: Record<string, never>; response: boolean };
}

/** The name of a message. */
export type MessageType = keyof MessageTable;
export type MessageRequest<K extends MessageType> = MessageTable[K]['request'];
export type MessageResponse<K extends MessageType> = MessageTable[K]['response'];

/** Every message name; `satisfies` makes the compiler refuse a table entry missing here. */
const MESSAGE_NAMES = {
  'describe-selection': true,
  'read-page-keys': true,
  'paint-highlights': true,
  'focus-highlight': true,
  'clear-highlights': true,
} as const satisfies Record<MessageType, true>;

/** The names of all messages, for handlers and tests that must cover each one. */
export const MESSAGE_TYPES = Object.keys(MESSAGE_NAMES) as MessageType[];

/** A message on the wire: tagged so that a listener ignores anything that is not Liaison's. */
export interface MessageEnvelope<K extends MessageType = MessageType> {
  liaison: 1;
  type: K;
  payload: MessageRequest<K>;
}

/** A handler for every message of the table, as the receiving context declares them. */
export type MessageHandlers = {
  [K in MessageType]: (payload: MessageRequest<K>) => MessageResponse<K> | Promise<MessageResponse<K>>;
};

/** Wraps a request in its envelope. */
export function toEnvelope<K extends MessageType>(type: K, payload: MessageRequest<K>): MessageEnvelope<K> {
  return { liaison: 1, type, payload };
}

/** True for a well-formed Liaison message of a known type. */
export function isMessageEnvelope(value: unknown): value is MessageEnvelope {
  if (value === null || typeof value !== 'object') return false;
  const { liaison, type, payload } = value as Record<string, unknown>;
  return (
    liaison === 1 &&
    typeof type === 'string' &&
    Object.hasOwn(MESSAGE_NAMES, type) &&
    payload !== null &&
    typeof payload === 'object'
  );
}

/** Runs the handler of a message; undefined for anything that is not a Liaison message (another listener's). */
export function dispatchMessage(handlers: MessageHandlers, message: unknown): Promise<unknown> | undefined {
  if (!isMessageEnvelope(message)) return undefined;
  const handler = handlers[message.type] as (payload: unknown) => unknown;
  return Promise.resolve().then(() => handler(message.payload));
}

/** Sends a message to the content script of a tab and returns its answer. */
export async function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  payload: MessageRequest<K>,
): Promise<MessageResponse<K>> {
  return (await browser.tabs.sendMessage(tabId, toEnvelope(type, payload))) as MessageResponse<K>;
}

/** Answers the table's messages in this context, from Liaison's own pages and background only; returns a stop function. */
export function listenForMessages(handlers: MessageHandlers): () => void {
  const listener = (message: unknown, sender: { id?: string }) =>
    sender.id === browser.runtime.id ? dispatchMessage(handlers, message) : undefined;
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
