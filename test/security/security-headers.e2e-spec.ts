import type { Response } from 'supertest';
import { createTestApp, TestApp } from '../support/test-app';

const HSTS = 'strict-transport-security';
const CSP = 'content-security-policy';

/** The headers every answer carries whatever its protocol (helmet's defaults). */
function expectCommonHeaders(response: Response): void {
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(response.headers[CSP]).toContain("default-src 'self'");
  expect(response.headers[CSP]).toContain("script-src 'self'");
}

/**
 * HSTS and CSP's upgrade-insecure-requests only over HTTPS: over plain HTTP they made a browser
 * fetch /docs' assets over https from a server without TLS (a blank page at any host but localhost).
 */
describe('security headers by protocol', () => {
  describe('without TRUST_PROXY', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('answers plain HTTP without HSTS or upgrade-insecure-requests, on pages and API answers alike', async () => {
      for (const path of ['/docs', '/users/public-key', '/v2/me']) {
        const response = await t.http.get(path);
        expectCommonHeaders(response);
        expect(response.headers[HSTS]).toBeUndefined();
        expect(response.headers[CSP]).not.toContain('upgrade-insecure-requests');
      }
    });

    it('does not take a client\'s word for HTTPS when no proxy is trusted', async () => {
      const response = await t.http.get('/users/public-key').set('X-Forwarded-Proto', 'https').expect(200);
      expect(response.headers[HSTS]).toBeUndefined();
      expect(response.headers[CSP]).not.toContain('upgrade-insecure-requests');
    });

    it('answers a URL it cannot decode with the plain-HTTP headers too', async () => {
      const response = await t.http.get('/v2/users/%E0%A4%A').expect(400);
      expectCommonHeaders(response);
      expect(response.headers[HSTS]).toBeUndefined();
      expect(response.headers[CSP]).not.toContain('upgrade-insecure-requests');
    });
  });

  describe('behind a trusted proxy (TRUST_PROXY)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ TRUST_PROXY: 'true' });
    });
    afterAll(() => t.close());

    it('sends both when the proxy says the client used HTTPS', async () => {
      for (const path of ['/docs', '/users/public-key']) {
        const response = await t.http.get(path).set('X-Forwarded-Proto', 'https');
        expectCommonHeaders(response);
        expect(response.headers[HSTS]).toBe('max-age=31536000; includeSubDomains');
        expect(response.headers[CSP]).toMatch(/(^|;)upgrade-insecure-requests(;|$)/);
      }
    });

    it('sends neither when the proxy says the client used plain HTTP, or says nothing', async () => {
      for (const proto of ['http', undefined]) {
        const request = t.http.get('/users/public-key');
        const response = await (proto ? request.set('X-Forwarded-Proto', proto) : request).expect(200);
        expectCommonHeaders(response);
        expect(response.headers[HSTS]).toBeUndefined();
        expect(response.headers[CSP]).not.toContain('upgrade-insecure-requests');
      }
    });
  });
});
