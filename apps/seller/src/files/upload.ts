// Sends a file to POST /files (raw body, its type, its name URL-encoded) after the checks the server
// makes too, so a file too large or of the wrong type is refused at once, in the page's language.
import {
  acceptUpload,
  DomainError,
  fileTypeFromName,
  fileTypeOf,
  type Language,
  UPLOAD_RULES,
  type UploadPurpose,
} from '@marketplace/domain';

export type Uploaded = { id: string; url: string; fileName: string; size: number };

/** A refusal to show as it is: already in the page's language. */
export class UploadProblem extends Error {}

export async function uploadFile(file: File, purpose: UploadPurpose, language: Language): Promise<Uploaded> {
  // Browsers give no type for some files (Markdown, often): the name's extension says it then.
  const guessed = file.type || fileTypeFromName(file.name) || 'application/octet-stream';
  // A licence key file is whatever the seller's software reads (`.lic`, `.key`...): sent as bytes
  // when its type is none of the listed ones.
  const listed = (UPLOAD_RULES[purpose].types as readonly string[]).includes(fileTypeOf(guessed) ?? '');
  const type = purpose === 'licence_key' && !listed ? 'application/octet-stream' : guessed;
  try {
    acceptUpload(purpose, type, file.size);
  } catch (error) {
    if (error instanceof DomainError) throw new UploadProblem(error.messageIn(language));
    throw error;
  }
  const response = await fetch(`/files?purpose=${purpose}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': type, 'x-file-name': encodeURIComponent(file.name), 'x-language': language },
    body: file,
  });
  const answer = (await response.json().catch(() => null)) as
    | (Uploaded & { error?: undefined })
    | { error?: { message?: string } }
    | null;
  if (response.ok && answer && 'url' in answer) return answer;
  const message = answer?.error?.message;
  throw message ? new UploadProblem(message) : new Error(`upload failed with HTTP ${response.status}`);
}
