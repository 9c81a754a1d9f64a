import { Injectable } from '@nestjs/common';
import type { FailedRequest } from './http';
import { SurfaceFailure } from './surface-failure';

/** A surface's answer to a failure: status, body and any extra headers. */
export interface FailureResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Content type; JSON by default. */
  contentType?: string;
}

/** One API contract's error envelope, and the URLs it owns. */
export interface Surface {
  name: string;
  /** Exact paths owned (take precedence over prefixes, for contracts sharing a prefix). */
  paths?: string[];
  /** Path prefixes owned. */
  prefixes: string[];
  presentFailure(failure: SurfaceFailure, request: FailedRequest): FailureResponse;
}

/**
 * Which surface answers a URL. Unknown routes, unparseable bodies and rate
 * limits happen before any controller runs, so the envelope is chosen by path.
 */
@Injectable()
export class SurfaceRegistry {
  private readonly surfaces: Surface[] = [];
  private fallback: Surface | undefined;

  register(surface: Surface, options: { fallback?: boolean } = {}): void {
    this.surfaces.push(surface);
    if (options.fallback) this.fallback = surface;
  }

  forPath(path: string): Surface | undefined {
    const exact = this.surfaces.find((surface) => surface.paths?.includes(path));
    if (exact) return exact;
    let best: { surface: Surface; length: number } | undefined;
    for (const surface of this.surfaces) {
      for (const prefix of surface.prefixes) {
        const owns = path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
        if (owns && (!best || prefix.length > best.length)) best = { surface, length: prefix.length };
      }
    }
    return best?.surface ?? this.fallback;
  }
}
