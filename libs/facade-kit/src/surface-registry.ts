import { Injectable, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
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

/**
 * One API contract's error envelope. `Operation` names the handlers whose
 * failures the contract answers apart from the rest (vcode's per-endpoint
 * tables); the handler's decorator says which one ran.
 */
export interface Surface<Operation extends string = never> {
  name: string;
  /** Path prefixes whose unknown routes this contract answers. */
  prefixes: string[];
  presentFailure(failure: SurfaceFailure, request: FailedRequest<Operation>): FailureResponse;
}

// Any surface, whatever its operations: the registry only answers before routing, with none.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySurface = Surface<any>;

/**
 * Which surface answers a request that failed before any handler ran: an
 * unknown route (by prefix), or a body the parser refused on a known route (by
 * the routes of the surface's controllers, so that vcode's /api/user/logIn is
 * vcode's while the rest of /api/user is infinite's). After routing, the
 * handler's own surface answers (AnswerFailuresAs).
 */
@Injectable()
export class SurfaceRegistry {
  private readonly routes = new Map<string, AnySurface>();
  private readonly prefixes: { prefix: string; surface: AnySurface }[] = [];
  private fallback: AnySurface | undefined;

  register(surface: AnySurface, options: { controllers?: Type[]; fallback?: boolean } = {}): void {
    for (const prefix of surface.prefixes) this.prefixes.push({ prefix, surface });
    for (const path of (options.controllers ?? []).flatMap(staticRoutesOf)) this.routes.set(path, surface);
    if (options.fallback) this.fallback = surface;
  }

  forPath(path: string): AnySurface | undefined {
    const exact = this.routes.get(withoutTrailingSlash(path));
    if (exact) return exact;
    let best: { surface: AnySurface; length: number } | undefined;
    for (const { prefix, surface } of this.prefixes) {
      const owns = path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
      if (owns && (!best || prefix.length > best.length)) best = { surface, length: prefix.length };
    }
    return best?.surface ?? this.fallback;
  }
}

/** The router serves a path with and without its trailing slash. */
function withoutTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/** The paths without parameters a controller's handlers are routed at, from Nest's own route metadata. */
export function staticRoutesOf(controller: Type): string[] {
  const bases = pathsOf(Reflect.getMetadata(PATH_METADATA, controller));
  const prototype = controller.prototype as Record<string, unknown>;
  // A route handler has a request method (GET is RequestMethod 0, so "defined" is the test).
  const handlers = Object.getOwnPropertyNames(prototype)
    .map((name) => prototype[name])
    .filter((handler): handler is object => typeof handler === 'function' && Reflect.getMetadata(METHOD_METADATA, handler) !== undefined);
  const paths = handlers.flatMap((handler) => {
    const own = pathsOf(Reflect.getMetadata(PATH_METADATA, handler));
    return bases.flatMap((base) => own.map((path) => withoutTrailingSlash(`/${[base, path].map(trimSlashes).filter(Boolean).join('/')}`)));
  });
  return [...new Set(paths)].filter((path) => !/[:*]/.test(path));
}

function pathsOf(metadata: unknown): string[] {
  if (Array.isArray(metadata)) return metadata.map(String);
  return [typeof metadata === 'string' ? metadata : '/'];
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}
