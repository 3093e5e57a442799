import { Fragment, type ReactNode } from 'react';
import { date, dateTime, t, type MessageKey, type Params } from '../lib/i18n';

/** Marks where an element goes in a message: private-use characters, which no message or value holds. */
const OPEN = '\u{E000}';
const CLOSE = '\u{E001}';
const SLOT = new RegExp(`${OPEN}(\\w+)${CLOSE}`);

/** The placeholder values that mark where each element goes, to pass to `t()` or `plural()`. */
export function slots(elements: Record<string, ReactNode>): Record<string, string> {
  return Object.fromEntries(Object.keys(elements).map((name) => [name, `${OPEN}${name}${CLOSE}`]));
}

/** A message made with `slots(elements)` among its values, with the elements put in their places. */
export function withElements(message: string, elements: Record<string, ReactNode>): ReactNode {
  // split() with a capture group alternates text and slot names: text, name, text, name, text…
  return message.split(SLOT).map((part, i) => <Fragment key={i}>{i % 2 === 0 ? part : elements[part]}</Fragment>);
}

/**
 * A message with elements inside it (a link, an emphasised address, a `<time>`): each language puts
 * them where its word order needs, at the message's `{name}` placeholders. Plain values go in `params`.
 */
export function richText(key: MessageKey, elements: Record<string, ReactNode>, params?: Params): ReactNode {
  return withElements(t(key, { ...params, ...slots(elements) }), elements);
}

/** A moment in the reader's style inside `<time>`, so machines can read it and it is never taken for Assay's words. */
export function When({ at, dateOnly = false }: { at: number; dateOnly?: boolean }) {
  return <time dateTime={new Date(at).toISOString()}>{dateOnly ? date(at) : dateTime(at)}</time>;
}
