import { INestApplication, Logger } from '@nestjs/common';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** PORT cannot be listened on: one line saying why and what to do. */
export class PortUnavailableError extends Error {
  constructor(port: number, code: string | undefined) {
    super(
      code === 'EADDRINUSE'
        ? `PORT: ${port} is already in use by another process; stop that process or set PORT to a free port`
        : code === 'EACCES'
          ? `PORT: ${port} needs privileges this process lacks; use a port above 1023 (or grant CAP_NET_BIND_SERVICE)`
          : `PORT: cannot listen on ${port} (${code ?? 'unknown error'})`,
    );
    this.name = 'PortUnavailableError';
  }
}

const NO_IPV6 = new Set(['EAFNOSUPPORT', 'EADDRNOTAVAIL']);

/** Tries to take the port alone and gives it back: answers the host to listen on ('::' or, without IPv6, '0.0.0.0'). */
async function probe(port: number, host = '::'): Promise<string> {
  const server = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port, host, exclusive: true }, resolve);
    });
    await new Promise((resolve) => server.close(resolve));
    return host;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (host === '::' && NO_IPV6.has(code ?? '')) return probe(port, '0.0.0.0');
    throw new PortUnavailableError(port, code);
  }
}

/**
 * Checks that PORT is free before anything starts (so a taken port is one line
 * and exit 1, not a start that half succeeds), then listens on every
 * interface, IPv6 and IPv4 where the host has both (Fastify alone would take
 * localhost only), and logs the address it listens on.
 */
export async function listenOnPort(app: INestApplication, port: number): Promise<void> {
  const host = await probe(port);
  try {
    await app.listen(port, host);
  } catch (error) {
    // Taken between the probe and now.
    throw new PortUnavailableError(port, (error as { code?: string }).code);
  }
  const address = app.getHttpServer().address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  new Logger('Server').log(`listening on http://${shown}:${address.port} (${host === '::' ? 'every IPv6 and IPv4 address' : 'every IPv4 address'} of this host)`);
}

/** The probe alone, for the start to fail fast before the database and migrations are touched. */
export async function ensurePortFree(port: number): Promise<void> {
  await probe(port);
}
