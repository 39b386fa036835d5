/** MailApp with a daily recipient quota and fault injection. */
import { instrument } from './calls';
import { describeType } from './coerce';
import type { Core } from './core';

export const QUOTA_ERROR = 'Service invoked too many times for one day: email.';
const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

function split(list: string): string[] {
  return list.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

interface Message {
  to?: unknown;
  cc?: unknown;
  bcc?: unknown;
  subject?: unknown;
  body?: unknown;
  htmlBody?: unknown;
  name?: unknown;
  replyTo?: unknown;
  noReply?: unknown;
}

export class MailAppImpl {
  constructor(readonly _core: Core) {}
  getRemainingDailyQuota(): number {
    return this._core.mail.remaining;
  }
  sendEmail(...args: unknown[]): void {
    const core = this._core;
    let msg: Message;
    if (args.length === 1 && args[0] !== null && typeof args[0] === 'object') msg = args[0] as Message;
    else if (args.length === 3 || args.length === 4) {
      const [to, subject, body, options] = args;
      if (typeof to !== 'string' || typeof subject !== 'string' || typeof body !== 'string' || (options !== undefined && (options === null || typeof options !== 'object'))) {
        throw core.sigErr('MailApp.sendEmail', args.map(describeType).join(','));
      }
      msg = { ...(options as object | undefined), to, subject, body };
    } else throw core.sigErr('MailApp.sendEmail', args.map(describeType).join(','));

    for (const k of ['to', 'cc', 'bcc', 'subject', 'body', 'htmlBody', 'name', 'replyTo'] as const) {
      const v = msg[k];
      if (v !== undefined && v !== null && typeof v !== 'string') throw core.sigErr('MailApp.sendEmail', describeType(msg));
    }
    const to = (msg.to as string | undefined) ?? '';
    if (split(to).length === 0) throw core.err('Failed to send email: no recipient');
    if (msg.subject === undefined || msg.subject === null) throw core.err('Invalid argument: subject');
    const recipients = [...split(to), ...split((msg.cc as string) ?? ''), ...split((msg.bcc as string) ?? '')];
    for (const r of recipients) if (!EMAIL.test(r)) throw core.err(`Invalid email: ${r}`);
    if (msg.replyTo && !EMAIL.test(msg.replyTo as string)) throw core.err(`Invalid email: ${msg.replyTo as string}`);

    // fault injection: the n-th call from when it was armed fails once, without sending
    let fault: string | null = null;
    for (const f of core.mail.failures) {
      f.remaining -= 1;
      if (f.remaining === 0 && fault === null) fault = f.message;
    }
    core.mail.failures = core.mail.failures.filter((f) => f.remaining > 0);
    if (fault !== null) throw core.err(fault.replace(/^Exception: /, ''));

    if (core.mail.remaining < recipients.length) throw core.err(QUOTA_ERROR);
    core.mail.remaining -= recipients.length;
    core.mail.sent.push({
      to,
      cc: (msg.cc as string) ?? '',
      bcc: (msg.bcc as string) ?? '',
      subject: msg.subject as string,
      body: (msg.body as string) ?? '',
      htmlBody: (msg.htmlBody as string) ?? '',
      name: (msg.name as string) ?? '',
      replyTo: (msg.replyTo as string) ?? '',
      noReply: msg.noReply === true,
      at: core.hostNow(),
    });
  }
}
instrument(MailAppImpl, 'MailApp');
