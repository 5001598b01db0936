/** Outcome of one request against a limit; `retryAfterSeconds` is set when refused. */
export interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Counts requests per key. The in-memory implementation is per replica: with N replicas behind a
 * load balancer a client gets up to N times the limit (a shared store would implement this too).
 */
export interface RateLimiter {
  take(key: string): RateDecision;
}

export interface BucketLimit {
  /** Requests allowed at once. */
  burst: number;
  /** Sustained requests per minute. */
  perMinute: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Bounded so a flood of distinct keys (spoofed addresses) cannot exhaust memory. */
const MAX_KEYS = 100_000;

/** Token bucket per key; `nowMs` is a monotonic clock (wall-clock throughput, not business time). */
export function createTokenBucketLimiter(limit: BucketLimit, nowMs: () => number = () => performance.now()): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const ratePerMs = limit.perMinute / 60_000;
  return {
    take(key) {
      const now = nowMs();
      const previous = buckets.get(key);
      const tokens = previous ? Math.min(limit.burst, previous.tokens + (now - previous.at) * ratePerMs) : limit.burst;
      // Re-insert so Map order is least-recently-used first.
      buckets.delete(key);
      if (buckets.size >= MAX_KEYS) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at: now });
        return { allowed: true, retryAfterSeconds: 0 };
      }
      buckets.set(key, { tokens, at: now });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / ratePerMs / 1000)) };
    },
  };
}

/** A limiter that never refuses (a limit set to 0 in the settings). */
export const unlimited: RateLimiter = { take: () => ({ allowed: true, retryAfterSeconds: 0 }) };
