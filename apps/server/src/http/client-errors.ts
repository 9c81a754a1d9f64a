import type { Socket } from 'node:net';

/** Node's own answers to requests it cannot parse, which carry no body. */
const STATUS_LINES: Record<string, string> = {
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: '413 Payload Too Large',
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
};

/**
 * Unparseable HTTP (headers over Node's limit, broken request lines) is
 * answered as Node answers it: a status line and no body (Fastify's own handler
 * adds a JSON body in no contract's envelope).
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket & { _httpMessage?: { headersSent?: boolean } }): void {
  // Like Node: no status line into an answer that has already started.
  if (error.code !== 'ECONNRESET' && socket.writable && !socket._httpMessage?.headersSent) {
    socket.write(`HTTP/1.1 ${STATUS_LINES[error.code ?? ''] ?? '400 Bad Request'}\r\nConnection: close\r\n\r\n`);
  }
  socket.destroy();
}
