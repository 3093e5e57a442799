import { dateTime } from '../../lib/i18n';

/** Stands for the date in a message while it is filled, then is cut out: a character no message uses. */
const SLOT = '\u2063';

/**
 * A message with a date in it, the date in the reader's style inside `<time>` (so it can be read by
 * machines and is never taken for Assay's words): `message` fills its `{when}` with the value given.
 */
export function WithTime({ message, at }: { message: (when: string) => string; at: number }) {
  const [before, ...after] = message(SLOT).split(SLOT);
  return (
    <>
      {before}
      <time dateTime={new Date(at).toISOString()}>{dateTime(at)}</time>
      {after.join('')}
    </>
  );
}
