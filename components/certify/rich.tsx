import { Fragment, type ReactNode } from 'react';

/**
 * A translated message with elements in its placeholders: `t()` fills the plain values, and each
 * `{name}` left in the message becomes the element given for it (a file name in <strong>, a date in
 * <time>), so a language can put them wherever its sentence needs them.
 */
export function withNodes(message: string, nodes: Record<string, ReactNode>): ReactNode {
  const parts = message.split(/\{(\w+)\}/g);
  return parts.map((part, i) => (i % 2 === 1 ? <Fragment key={i}>{part in nodes ? nodes[part] : `{${part}}`}</Fragment> : part));
}
