import type { FastifyInstance } from 'fastify';
import { isLoopbackAddress, isLoopbackHostHeader } from '../http/loopback.ts';
import type { DevInbox, InboxMessage } from './dev-inbox.ts';

/**
 * The inbox page's own policy (see ../http/security-headers.ts for the portals'): no script at all;
 * its inline <style>, and the e-mails' inline styles (their HTML is shown in a srcdoc frame, which
 * keeps this page's policy); their images from anywhere, as a mail client shows them.
 */
const INBOX_POLICY = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'none'"],
      'style-src': ["'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'https:', 'http:'],
      'frame-src': ["'self'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    },
  },
};

/**
 * /_dev/mail: the messages the embedded SMTP server received, newest first, with their links
 * clickable; /_dev/mail.json for scripts and tests. Only mounted when SMTP_URL is unset, and only when
 * the server listens on a loopback address (`host`, the HOST setting): the messages hold password
 * links. Even then it answers only requests whose Host names this machine, so a page of another site
 * whose name a DNS rebinding points at 127.0.0.1 cannot read them.
 */
export function registerDevInboxRoutes(app: FastifyInstance, inbox: DevInbox, host: string): void {
  if (!isLoopbackAddress(host)) {
    app.log.warn({ host }, 'the dev inbox (/_dev/mail) is only served on a loopback HOST; set SMTP_URL');
    return;
  }
  app.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      if (!isLoopbackHostHeader(request.headers.host)) return reply.callNotFound();
    });
    registerPages(scope, inbox);
  });
}

function registerPages(app: FastifyInstance, inbox: DevInbox): void {
  app.get('/_dev/mail.json', async () => inbox.list());

  app.get('/_dev/mail', { helmet: INBOX_POLICY }, async (_request, reply) => {
    const rows = inbox
      .list()
      .map(
        (m) =>
          `<tr><td>${escapeHtml(new Date(m.receivedAt).toLocaleString('en-GB', { timeZone: 'UTC' }))} UTC</td>` +
          `<td>${escapeHtml(m.to.join(', '))}</td><td><a href="/_dev/mail/${encodeURIComponent(m.id)}">${escapeHtml(m.subject || '(no subject)')}</a></td></tr>`,
      )
      .join('');
    return reply
      .type('text/html; charset=utf-8')
      .send(
        page(
          'Dev inbox',
          rows
            ? `<table><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`
            : '<p>No message yet. E-mails the marketplace sends appear here.</p>',
        ),
      );
  });

  app.get<{ Params: { id: string } }>('/_dev/mail/:id', { helmet: INBOX_POLICY }, async (request, reply) => {
    const message = inbox.get(request.params.id);
    if (!message)
      return reply
        .code(404)
        .type('text/html; charset=utf-8')
        .send(page('Not found', '<p>No such message.</p>'));
    return reply.type('text/html; charset=utf-8').send(page(message.subject, messageView(message)));
  });
}

function messageView(m: InboxMessage): string {
  const html = m.html
    ? `<h2>HTML</h2><iframe sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation" srcdoc="${escapeHtml(m.html)}"></iframe>`
    : '';
  return `<p><a href="/_dev/mail">← All messages</a></p>
<dl><dt>From</dt><dd>${escapeHtml(m.from)}</dd><dt>To</dt><dd>${escapeHtml(m.to.join(', '))}</dd>
<dt>Received</dt><dd>${escapeHtml(m.receivedAt)}</dd></dl>
<h2>Text</h2><pre>${linkify(escapeHtml(m.text))}</pre>${html}`;
}

function linkify(escaped: string): string {
  return escaped.replace(/https?:\/\/[^\s<>"']+/g, (url) => `<a href="${url}">${url}</a>`);
}

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Marketplace dev inbox</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:960px;padding:0 1rem;color:#1d2433}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #dde3ee;padding:.5rem;text-align:left}
pre{white-space:pre-wrap;background:#f5f7fb;padding:1rem;border-radius:8px}iframe{width:100%;height:480px;border:1px solid #dde3ee;border-radius:8px}
dt{font-weight:600}dd{margin:0 0 .5rem}</style></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}
