import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import {
  acceptUpload,
  assertContentMatches,
  assertWithinUploadQuota,
  cleanFileName,
  contentMatchesType,
  fileTypeFromName,
  fileTypeOf,
  storedFileId,
  storedFilePath,
  UPLOAD_QUOTA,
  UPLOAD_RULES,
} from './files.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part)] : part)));

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const WEBP = bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ');

describe('uploaded files', () => {
  it('reads the media type of a Content-Type header, with the usual aliases', () => {
    expect(fileTypeOf('Text/Plain; charset=utf-8')).toBe('text/plain');
    expect(fileTypeOf('image/jpg')).toBe('image/jpeg');
    expect(fileTypeOf('text/x-markdown')).toBe('text/markdown');
    expect(fileTypeOf('image/svg+xml')).toBeNull();
    expect(fileTypeOf(undefined)).toBeNull();
  });

  it('guesses the type from the name when the browser gives none', () => {
    expect(fileTypeFromName('LICENCE.md')).toBe('text/markdown');
    expect(fileTypeFromName('logo.JPG')).toBe('image/jpeg');
    expect(fileTypeFromName('logo.svg')).toBeNull();
    expect(fileTypeFromName('README')).toBeNull();
  });

  it('takes images for logos and screenshots, up to 1 MB; PDF or text for licences, up to 4 MB', () => {
    expect(UPLOAD_RULES.logo).toEqual({
      maxBytes: 1024 * 1024,
      types: ['image/png', 'image/jpeg', 'image/webp'],
    });
    expect(UPLOAD_RULES.screenshot.maxBytes).toBe(1024 * 1024);
    expect(UPLOAD_RULES.licence.maxBytes).toBe(4 * 1024 * 1024);
    expect(UPLOAD_RULES.licence.types).not.toContain('image/png');
  });

  it('takes a licence key as text, JSON, XML, PDF, ZIP or any binary file, up to 4 MB exactly', () => {
    const rules = UPLOAD_RULES.licence_key;
    expect(rules.maxBytes).toBe(4 * 1024 * 1024);
    expect(rules.types).not.toContain('image/png');
    expect(acceptUpload('licence_key', 'application/octet-stream', rules.maxBytes)).toBe(
      'application/octet-stream',
    );
    expect(acceptUpload('licence_key', 'application/x-zip-compressed', 10)).toBe('application/zip');
    expect(acceptUpload('licence_key', 'text/xml', 10)).toBe('application/xml');
    expect(fileTypeFromName('licence.zip')).toBe('application/zip');
    const tooLarge = (() => {
      try {
        acceptUpload('licence_key', 'text/plain', rules.maxBytes + 1);
      } catch (error) {
        return error as DomainError;
      }
      return null;
    })();
    expect(tooLarge?.kind).toBe('payload_too_large');
    expect(tooLarge?.messageIn('en')).toBe(
      'This file is too large (4.1 MB): a licence key may be up to 4 MB.',
    );
    expect(tooLarge?.messageIn('fr')).toBe(
      'Ce fichier est trop volumineux (4,1 Mo) : une clé de licence peut faire jusqu’à 4 Mo.',
    );
    expect(() => acceptUpload('licence_key', 'image/png', 10)).toThrow(
      'A licence key must be a text, JSON, XML, PDF, ZIP or binary file.',
    );
  });

  it('checks a licence key’s content: ZIP by its signature, JSON and XML as text, binary as anything', () => {
    expect(contentMatchesType('application/zip', bytes('PK', [3, 4, 20, 0]))).toBe(true);
    expect(contentMatchesType('application/zip', bytes('%PDF-1.7'))).toBe(false);
    expect(contentMatchesType('application/json', bytes('{"licence":"A1B2"}'))).toBe(true);
    expect(contentMatchesType('application/xml', bytes([0xff, 0xfe, 0]))).toBe(false);
    expect(contentMatchesType('application/octet-stream', bytes([0, 1, 2, 255]))).toBe(true);
    expect(contentMatchesType('application/octet-stream', bytes())).toBe(false);
  });

  it('checks the content by its first bytes', () => {
    expect(contentMatchesType('image/png', PNG)).toBe(true);
    expect(contentMatchesType('image/jpeg', JPEG)).toBe(true);
    expect(contentMatchesType('image/webp', WEBP)).toBe(true);
    expect(contentMatchesType('application/pdf', bytes('%PDF-1.7\n'))).toBe(true);
    expect(contentMatchesType('image/png', JPEG)).toBe(false);
    expect(contentMatchesType('image/jpeg', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(false);
    expect(contentMatchesType('image/webp', bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBe(false);
    expect(contentMatchesType('application/pdf', bytes('%PD'))).toBe(false);
  });

  it('takes text as valid UTF-8 without NUL bytes', () => {
    expect(contentMatchesType('text/plain', bytes('Licence: utilisation autorisée.\n'))).toBe(true);
    expect(contentMatchesType('text/markdown', bytes('# Licence\n\n- one\n'))).toBe(true);
    expect(contentMatchesType('text/plain', PNG)).toBe(false);
    expect(contentMatchesType('text/plain', bytes('abc', [0], 'def'))).toBe(false);
    expect(contentMatchesType('text/plain', bytes([0xc3, 0x28]))).toBe(false);
    expect(contentMatchesType('text/plain', bytes())).toBe(false);
  });

  it('keeps a clean file name', () => {
    expect(cleanFileName('C:\\Users\\ada\\logo.png', 'logo')).toBe('logo.png');
    expect(cleanFileName('../../etc/passwd', 'x')).toBe('passwd');
    expect(cleanFileName('a"b\r\nc.pdf', 'x')).toBe('abc.pdf');
    expect(cleanFileName('  ', 'licence')).toBe('licence');
    const long = cleanFileName(`${'é'.repeat(300)}.pdf`, 'x');
    expect(long).toHaveLength(255);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('recognises the address of a stored file', () => {
    const id = '0b8e4a1c-3f7d-4a9e-9c1b-2d3e4f5a6b7c';
    expect(storedFileId(storedFilePath(id))).toBe(id);
    expect(storedFileId('https://example.com/files/x')).toBeNull();
    expect(storedFileId('/files/not-an-id')).toBeNull();
  });
});

describe('accepting an upload', () => {
  const refusal = (action: () => unknown) => {
    try {
      action();
    } catch (error) {
      if (error instanceof DomainError) return { kind: error.kind, en: error.text.en, fr: error.text.fr };
      throw error;
    }
    throw new Error('expected a refusal');
  };

  it('gives the type when the purpose takes it and the size fits', () => {
    expect(acceptUpload('logo', 'image/png', 2048)).toBe('image/png');
    expect(acceptUpload('licence', 'text/markdown; charset=utf-8', null)).toBe('text/markdown');
  });

  it('says which types the purpose takes', () => {
    expect(refusal(() => acceptUpload('logo', 'image/svg+xml', 10))).toEqual({
      kind: 'unsupported_media_type',
      en: 'A logo must be a PNG, JPEG or WebP file.',
      fr: 'Un logo doit être un fichier PNG, JPEG ou WebP.',
    });
    expect(refusal(() => acceptUpload('licence', 'image/png', 10)).fr).toBe(
      'Un contrat de licence doit être un fichier PDF, texte ou Markdown.',
    );
  });

  it('says how large the file is and how large it may be', () => {
    expect(refusal(() => acceptUpload('screenshot', 'image/jpeg', 1.5 * 1024 * 1024))).toEqual({
      kind: 'payload_too_large',
      en: 'This file is too large (1.5 MB): a screenshot may be up to 1 MB.',
      fr: 'Ce fichier est trop volumineux (1,5 Mo) : une capture d’écran peut faire jusqu’à 1 Mo.',
    });
    expect(refusal(() => acceptUpload('licence', 'application/pdf', 0)).kind).toBe('bad_request');
  });

  it('refuses content that is not of the announced type', () => {
    expect(() => assertContentMatches('image/png', PNG)).not.toThrow();
    expect(refusal(() => assertContentMatches('image/png', JPEG))).toMatchObject({
      kind: 'unsupported_media_type',
      en: 'The content of this file is not PNG: save it again in that format.',
    });
    expect(refusal(() => assertContentMatches('text/plain', PNG)).fr).toBe(
      'Le contenu de ce fichier n’est pas du texte en UTF-8 : enregistrez-le de nouveau dans ce format.',
    );
  });

  it('keeps each organization within 200 MB and 100 uploads not used yet, saying how to free space', () => {
    const MB = 1024 * 1024;
    expect(UPLOAD_QUOTA).toEqual({ bytes: 200 * MB, unattached: 100 });
    expect(() => assertWithinUploadQuota({ bytes: 199 * MB, unattached: 99 }, MB)).not.toThrow();
    expect(refusal(() => assertWithinUploadQuota({ bytes: 199.55 * MB, unattached: 0 }, MB))).toEqual({
      kind: 'payload_too_large',
      en: 'Your organization’s files are limited to 200 MB and only 0.4 MB remain: remove from your products and showcase the logos, screenshots and licences you no longer need. Files nothing uses are deleted 24 hours after they were sent.',
      fr: 'Les fichiers de votre organisation sont limités à 200 Mo et il n’en reste que 0,4 Mo : retirez de vos produits et de votre vitrine les logos, captures d’écran et contrats de licence dont vous n’avez plus besoin. Les fichiers inutilisés sont supprimés 24 heures après leur envoi.',
    });
    expect(refusal(() => assertWithinUploadQuota({ bytes: 0, unattached: 100 }, 1))).toMatchObject({
      kind: 'too_many_requests',
      en: 'Your organization has 100 uploads that no product or showcase uses yet: save the forms that use them before sending more. Unused uploads are deleted 24 hours after they were sent.',
    });
  });
});
