/**
 * Extraction is written as a generator that yields between small pieces of work, so that one walk runs
 * two ways: straight through (a parsed export, the CLI, tests) or in slices on a live page, giving the
 * page's own work (input, rendering) a turn between them so a huge page never freezes its tab.
 */
export type Steps<T> = Generator<undefined, T, undefined>;

/** Runs the steps straight through. */
export function runSteps<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Work between two turns of the page's event loop: well under the 50 ms Chrome counts as a long task,
 * so a slice plus whatever the page does in its turn stays far from the 200 ms a user notices.
 */
export const SLICE_MS = 25;

/**
 * Gives the event loop a turn. A posted message, not a timer: Chrome throttles timers in background
 * tabs to one a second, and the tab being scanned is often behind the popup. Nor `scheduler.yield()`:
 * its continuations go ahead of the page's own tasks, whose timers would then wait for the whole scan.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs the steps in slices of at most `sliceMs`, with a turn of the event loop between slices. */
export async function runStepsSliced<T>(steps: Steps<T>, sliceMs = SLICE_MS, turn: () => Promise<void> = nextTurn): Promise<T> {
  let deadline = performance.now() + sliceMs;
  let step = steps.next();
  while (!step.done) {
    if (performance.now() >= deadline) {
      await turn();
      deadline = performance.now() + sliceMs;
    }
    step = steps.next();
  }
  return step.value;
}
