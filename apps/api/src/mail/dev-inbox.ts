// The embedded SMTP server used when SMTP_URL is unset: a real SMTP peer on loopback that keeps every
// message it receives as an .eml file in DATA_DIR/mail, so the dev inbox and the tests can read them.
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

export type InboxMessage = {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | undefined;
};

export type DevInbox = {
  smtpUrl: string;
  list(): InboxMessage[];
  get(id: string): InboxMessage | undefined;
  /** Resolves once the messages of earlier runs are listed. */
  ready(): Promise<void>;
  close(): Promise<void>;
};

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

export async function startDevInbox(options: { dir: string; port?: number }): Promise<DevInbox> {
  await mkdir(options.dir, { recursive: true });
  const messages: InboxMessage[] = [];
  // Earlier runs' messages load in the background: the server need not wait for them to start.
  const loaded = loadMessages(options.dir)
    .then((earlier) => messages.unshift(...earlier))
    .catch(() => undefined);

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    banner: 'OUTSCALE Marketplace dev inbox',
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const id = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
        writeFile(join(options.dir, `${id}.eml`), raw)
          .then(() => parse(id, raw))
          .then((message) => {
            messages.push(message);
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    smtpUrl: `smtp://127.0.0.1:${port}`,
    list: () => [...messages].reverse(),
    get: (id) => messages.find((m) => m.id === id),
    ready: () => loaded.then(() => undefined),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Earlier messages, oldest first; a file that cannot be read is left out rather than failing the inbox. */
async function loadMessages(dir: string): Promise<InboxMessage[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.eml')).sort();
  const results = await Promise.allSettled(
    files.map(async (f) => parse(f.replace(/\.eml$/, ''), await readFile(join(dir, f)))),
  );
  return results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}

async function parse(id: string, raw: Buffer): Promise<InboxMessage> {
  // Loaded on first use: the parser is heavy and a start with an empty inbox does not need it.
  const { simpleParser } = await import('mailparser');
  const mail = await simpleParser(raw);
  const addresses = (field: typeof mail.to) =>
    (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
  return {
    id,
    receivedAt: (mail.date ?? new Date()).toISOString(),
    from: mail.from?.text ?? '',
    to: addresses(mail.to),
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    html: typeof mail.html === 'string' ? mail.html : undefined,
  };
}
