/**
 * Messages the citizen typed that the server has not yet acknowledged. Pure functions over an array
 * kept in storage, so a crash, a kill or a dead network never loses what was typed. Sent strictly in
 * order: a later message waits for the one before it.
 */
export interface Outgoing {
  id: string;
  text: string;
  attempts: number;
  /** ms since epoch; the head is not retried before this. */
  nextTryAt: number;
}

const RETRY_BASE_MS = 2000;
const RETRY_CAP_MS = 60_000;

export function enqueue(queue: readonly Outgoing[], text: string, id: string, now: number): Outgoing[] {
  return [...queue, { id, text, attempts: 0, nextTryAt: now }];
}

/** The head of the queue if it may be sent now. */
export function due(queue: readonly Outgoing[], now: number): Outgoing | undefined {
  const head = queue[0];
  return head && head.nextTryAt <= now ? head : undefined;
}

export function acknowledge(queue: readonly Outgoing[], id: string): Outgoing[] {
  return queue.filter((m) => m.id !== id);
}

/** 2 s, 4 s, 8 s … capped at a minute. */
export function retryLater(queue: readonly Outgoing[], id: string, now: number): Outgoing[] {
  return queue.map((m) =>
    m.id === id
      ? { ...m, attempts: m.attempts + 1, nextTryAt: now + Math.min(RETRY_BASE_MS * 2 ** m.attempts, RETRY_CAP_MS) }
      : m,
  );
}

/** The citizen tapped 重发: try everything again now. */
export function retryNow(queue: readonly Outgoing[], now: number): Outgoing[] {
  return queue.map((m) => ({ ...m, nextTryAt: now }));
}
