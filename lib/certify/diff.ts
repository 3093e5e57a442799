/**
 * Which passages changed between the signed document and the one in hand, from their hashes alone:
 * an alignment of the two hash sequences (longest common subsequence), with a removed passage and an
 * added one at the same place reported as one changed passage.
 */
export type PassageChange =
  | { kind: 'changed'; signed: number; now: number }
  | { kind: 'removed'; signed: number }
  | { kind: 'added'; now: number };

/** Above this many cells the exact alignment costs too much; unchanged runs are matched greedily instead. */
const MAX_LCS_CELLS = 4_000_000;

/** Index pairs (i in a, j in b) of a longest common subsequence of a and b. */
function lcsPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_LCS_CELLS) return greedyPairs(a, b);
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) table[at(i, j)] = a[i] === b[j] ? table[at(i + 1, j + 1)]! + 1 : Math.max(table[at(i + 1, j)]!, table[at(i, j + 1)]!);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) (pairs.push([i, j]), i++, j++);
    else if (table[at(i + 1, j)]! >= table[at(i, j + 1)]!) i++;
    else j++;
  }
  return pairs;
}

/** For very long documents: each passage of a matched to its next occurrence in b, in order. */
function greedyPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const positions = new Map<string, number[]>();
  b.forEach((hash, j) => positions.set(hash, [...(positions.get(hash) ?? []), j]));
  const pairs: [number, number][] = [];
  let last = -1;
  a.forEach((hash, i) => {
    const next = positions.get(hash)?.find((j) => j > last);
    if (next !== undefined) (pairs.push([i, next]), (last = next));
  });
  return pairs;
}

/** The changes that turn the signed passages into the given ones (empty when they are the same). */
export function passageChanges(signed: readonly string[], now: readonly string[]): PassageChange[] {
  // Common head and tail first: an edit usually leaves most of a document alone.
  let head = 0;
  while (head < signed.length && head < now.length && signed[head] === now[head]) head++;
  let tail = 0;
  while (tail < signed.length - head && tail < now.length - head && signed[signed.length - 1 - tail] === now[now.length - 1 - tail]) tail++;
  const a = signed.slice(head, signed.length - tail);
  const b = now.slice(head, now.length - tail);
  const pairs = [...lcsPairs(a, b), [a.length, b.length] as [number, number]];
  const changes: PassageChange[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of pairs) {
    const removed = Array.from({ length: pi - i }, (_, k) => head + i + k);
    const added = Array.from({ length: pj - j }, (_, k) => head + j + k);
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) changes.push({ kind: 'changed', signed: removed[k]!, now: added[k]! });
    for (const r of removed.slice(paired)) changes.push({ kind: 'removed', signed: r });
    for (const x of added.slice(paired)) changes.push({ kind: 'added', now: x });
    i = pi + 1;
    j = pj + 1;
  }
  return changes;
}
