/**
 * Sends the day's emails one by one: checks MailApp's remaining daily quota first, retries a transient error
 * with backoff, stops at a quota error and keeps the rest for the next run. A failed send is taken as the quota
 * when getRemainingDailyQuota says none is left (Google's error text is in the user's language, so its English
 * wording cannot be what decides).
 * `onSent` runs right after each successful send, so the ledger records exactly what went out; should it fail,
 * the send still counts and the next item goes on.
 */
import type { MailMessage, Ports } from './ports';

export const RETRY_DELAYS_MS = [1000, 4000] as const;
const QUOTA = /too many times for one day|daily quota|kvote/i;

export interface Outgoing { message: MailMessage; onSent(): void }
export interface SendOutcome {
  sent: number; kept: number; quotaHit: boolean; errors: string[];
  /** Sent, but `onSent` (the ledger row) failed: counted as sent, may go out again next run. Without addresses. */
  unrecorded: string[];
}

/** Mail errors can quote the recipient: logs and Kjørelogg get them without addresses. */
export function withoutAddresses(s: string): string {
  return s.replace(/[^\s@<>"',;]+@[^\s@<>"',;]+/g, '(e-postadresse)');
}

/** The error's wording, in English or Norwegian; a hint only, since Google words errors in the user's language. */
export function isQuotaError(e: unknown): boolean {
  return QUOTA.test(e instanceof Error ? e.message : String(e));
}

/** A failed send is a quota stop when no quota is left, whatever the error says (MailApp's count decides). */
function quotaSpent(ports: Ports, message: MailMessage, error: string): boolean {
  if (isQuotaError(error)) return true;
  try {
    return ports.mail.remainingQuota() < recipientCount(message);
  } catch {
    return false;
  }
}

function recipientCount(message: MailMessage): number {
  return Math.max(1, message.to.split(',').filter((s) => s.trim() !== '').length);
}

export function sendAll(ports: Ports, queue: readonly Outgoing[]): SendOutcome {
  const out: SendOutcome = { sent: 0, kept: 0, quotaHit: false, errors: [], unrecorded: [] };
  if (queue.length === 0) return out;
  let remaining = ports.mail.remainingQuota();
  for (const item of queue) {
    if (out.quotaHit || remaining < 1) {
      out.quotaHit = true;
      out.kept++;
      continue;
    }
    const error = sendWithRetry(ports, item.message);
    if (error === null) {
      out.sent++;
      remaining--;
      // The mail is gone: a failure to record it must not drop the rest of the queue or the count.
      try {
        item.onSent();
      } catch (e) {
        const msg = withoutAddresses(e instanceof Error ? e.message : String(e));
        ports.log(`Sendt, men ikke ført i Varsellogg: ${msg}`);
        out.unrecorded.push(msg);
      }
    } else {
      out.kept++;
      if (quotaSpent(ports, item.message, error)) out.quotaHit = true;
      else out.errors.push(error);
    }
  }
  return out;
}

/**
 * Runs a write that records a sent mail (its Varsellogg row), retrying a failing one with the same backoff as a
 * send: a passing Sheets error must not leave the mail unrecorded, which would send it again tomorrow. Throws the
 * last error when every attempt failed.
 */
export function recordWithRetry(ports: Ports, write: () => void): void {
  for (let attempt = 0; ; attempt++) {
    try {
      write();
      return;
    } catch (e) {
      if (attempt >= RETRY_DELAYS_MS.length) throw e;
      ports.log(`Varsellogg-raden feilet (forsøk ${attempt + 1}), prøver igjen: ${withoutAddresses(e instanceof Error ? e.message : String(e))}`);
      ports.sleep(RETRY_DELAYS_MS[attempt]!);
    }
  }
}

/** null when sent; else the last error message. Quota errors are not retried. */
function sendWithRetry(ports: Ports, message: MailMessage): string | null {
  for (let attempt = 0; ; attempt++) {
    try {
      ports.mail.send(message);
      return null;
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      if (attempt >= RETRY_DELAYS_MS.length || quotaSpent(ports, message, msg)) return msg;
      ports.log(`E-post feilet (forsøk ${attempt + 1}), prøver igjen: ${withoutAddresses(msg)}`);
      ports.sleep(RETRY_DELAYS_MS[attempt]!);
    }
  }
}
