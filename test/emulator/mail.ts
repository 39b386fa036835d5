/** MailApp with a daily recipient quota and fault injection. */
import { instrument } from './calls';
import { describeType } from './coerce';
import { BlobImpl } from './blob';
import type { Core, MailBlob } from './core';

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
  attachments?: unknown;
  inlineImages?: unknown;
}

/** Gmail's limit on a message's attachments (developers.google.com/apps-script/guides/services/quotas). */
export const MAX_ATTACHMENTS_BYTES = 25 * 1024 * 1024;

/** A BlobSource: a Blob, or anything with getBlob() (a chart, a file). */
function asBlob(v: unknown): BlobImpl | null {
  if (v instanceof BlobImpl) return v;
  if (v !== null && typeof v === 'object' && typeof (v as { getBlob?: unknown }).getBlob === 'function') {
    const b = (v as { getBlob(): unknown }).getBlob();
    return b instanceof BlobImpl ? b : null;
  }
  return null;
}
const mailBlob = (b: BlobImpl): MailBlob => ({ name: b._name, contentType: b._type, bytes: Buffer.from(b._bytes) });

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
    const attachments: MailBlob[] = [];
    if (msg.attachments !== undefined) {
      if (!Array.isArray(msg.attachments)) throw core.sigErr('MailApp.sendEmail', describeType(msg));
      for (const a of msg.attachments) {
        const b = asBlob(a);
        if (!b) throw core.sigErr('MailApp.sendEmail', describeType(msg));
        attachments.push(mailBlob(b));
      }
    }
    const inlineImages: Record<string, MailBlob> = {};
    if (msg.inlineImages !== undefined) {
      if (msg.inlineImages === null || typeof msg.inlineImages !== 'object' || Array.isArray(msg.inlineImages)) throw core.sigErr('MailApp.sendEmail', describeType(msg));
      for (const [k, v] of Object.entries(msg.inlineImages)) {
        const b = asBlob(v);
        if (!b) throw core.sigErr('MailApp.sendEmail', describeType(msg));
        inlineImages[k] = mailBlob(b);
      }
    }
    const size = [...attachments, ...Object.values(inlineImages)].reduce((n, b) => n + b.bytes.length, 0);
    if (size > MAX_ATTACHMENTS_BYTES) throw core.err('Limit Exceeded: Email Total Attachments Size.');
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
      attachments,
      inlineImages,
    });
    core.mail.afterSend.shift()?.();
  }
}
instrument(MailAppImpl, 'MailApp');
