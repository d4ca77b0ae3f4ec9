import type { Language } from '@marketplace/domain';

export type RenderedMail = { subject: string; text: string; html: string };

/** One e-mail in both languages: paragraphs, and an optional button whose link works in both. */
export type MailTemplate<Params> = {
  subject: Record<Language, (p: Params) => string>;
  paragraphs: Record<Language, (p: Params) => string[]>;
  action?: { label: Record<Language, string>; url: (p: Params) => string };
};

const OTHER: Record<Language, Language> = { en: 'fr', fr: 'en' };
const BELOW: Record<Language, string> = { en: 'English version below', fr: 'Version française ci-dessous' };
const SIGNATURE: Record<Language, string> = {
  en: 'The OUTSCALE Marketplace team',
  fr: "L'équipe OUTSCALE Marketplace",
};

/** The recipient's language first, the other language below (SPEC §7). */
export function renderMail<Params>(
  template: MailTemplate<Params>,
  params: Params,
  language: Language,
): RenderedMail {
  const order: Language[] = [language, OTHER[language]];
  const url = template.action?.url(params);
  const textPart = (lang: Language) =>
    [
      ...template.paragraphs[lang](params),
      ...(template.action && url ? [`${template.action.label[lang]}: ${url}`] : []),
      SIGNATURE[lang],
    ].join('\n\n');
  const htmlPart = (lang: Language) =>
    `<div lang="${lang}">${template.paragraphs[lang](params)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('')}${
      template.action && url
        ? `<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#0b3d91;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(template.action.label[lang])}</a></p><p style="font-size:13px;color:#555">${escapeHtml(url)}</p>`
        : ''
    }<p>${escapeHtml(SIGNATURE[lang])}</p></div>`;

  const [first, second] = order as [Language, Language];
  return {
    subject: template.subject[first](params),
    text: `${textPart(first)}\n\n— ${BELOW[second]} —\n\n${textPart(second)}\n`,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1d2433;max-width:640px">${htmlPart(first)}<hr style="margin:32px 0;border:none;border-top:1px solid #dde3ee"><p style="color:#555">${escapeHtml(BELOW[second])}</p>${htmlPart(second)}</body></html>`,
  };
}

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
