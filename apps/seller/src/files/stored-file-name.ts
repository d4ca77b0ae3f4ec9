import { storedFileId } from '@marketplace/domain';
import { useQuery } from '@tanstack/react-query';

/** The name in a `content-disposition` header (its UTF-8 form first); null when none. */
export function fileNameOfDisposition(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // Falls back on the plain name.
    }
  }
  return /filename="([^"]*)"/i.exec(header)?.[1] ?? null;
}

/**
 * The name an uploaded file (`/files/<id>`) was sent with, read from the headers of a HEAD request
 * (the file server names it in `content-disposition`); undefined for a web address or until known.
 */
export function useStoredFileName(address: string, known?: string): string | undefined {
  const stored = storedFileId(address) !== null;
  const name = useQuery({
    queryKey: ['stored-file-name', address],
    enabled: stored && !known,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => {
      const response = await fetch(address, { method: 'HEAD', credentials: 'same-origin' });
      return response.ok ? fileNameOfDisposition(response.headers.get('content-disposition')) : null;
    },
  });
  if (!stored) return undefined;
  return known ?? name.data ?? undefined;
}
