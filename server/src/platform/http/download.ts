// Sends bytes as a file download: the file name in UTF-8 per RFC 5987 with an ASCII fallback for old clients,
// never cached, never sniffed into another type.
import type { FastifyReply } from 'fastify';

export interface Download {
  data: Buffer | Uint8Array;
  contentType: string;
  /** The name people see (may be Chinese). */
  fileName: string;
  /** The ASCII name for clients that do not read `filename*`. */
  asciiName?: string;
}

export function contentDisposition(fileName: string, asciiName = 'download'): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function sendDownload(reply: FastifyReply, d: Download) {
  return reply
    .header('content-type', d.contentType)
    .header('content-disposition', contentDisposition(d.fileName, d.asciiName))
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(d.data);
}
