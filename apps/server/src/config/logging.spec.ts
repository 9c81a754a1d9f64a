import { redactUrl } from './logging';

describe('redactUrl', () => {
  it('masks the phone of oauth-v1 validation_code, keeps its type', () => {
    expect(redactUrl('/api/v1/users/validation_code?phone=13812345678&type=2')).toBe('/api/v1/users/validation_code?phone=[REDACTED]&type=2');
    expect(redactUrl('/api/v1/users/validation_code?phone=%2B8613812345678&type=1')).toBe('/api/v1/users/validation_code?phone=[REDACTED]&type=1');
  });

  it('masks a search term, keeps the page numbers and an account UUID', () => {
    expect(redactUrl('/v2/users?search=a%40b.c&page=2&per_page=50')).toBe('/v2/users?search=[REDACTED]&page=2&per_page=50');
    expect(redactUrl('/users/info?id=9b813767-0e2b-46c6-b1df-e97045a3ac04')).toBe('/users/info?id=9b813767-0e2b-46c6-b1df-e97045a3ac04');
  });

  it('masks every value it does not know, and a known name carrying something else', () => {
    const url = '/x?email=a@b.c&mobile=13812345678&code=123456&access_token=abc&password=p&word-info=w&page=123456&id=13812345678&type=13812345678';
    expect(redactUrl(url)).toBe(
      '/x?email=[REDACTED]&mobile=[REDACTED]&code=[REDACTED]&access_token=[REDACTED]&password=[REDACTED]&word-info=[REDACTED]&page=[REDACTED]&id=[REDACTED]&type=[REDACTED]',
    );
  });

  it('masks a value sent as a bare key, keeps repeated keys apart, and leaves a path alone', () => {
    expect(redactUrl('/x?13812345678')).toBe('/x?[REDACTED]=[REDACTED]');
    expect(redactUrl('/x?%2B8613812345678&a%40b.c=1')).toBe('/x?[REDACTED]=[REDACTED]&[REDACTED]=[REDACTED]');
    expect(redactUrl('/x?page=1&page=2')).toBe('/x?page=1&page=2');
    expect(redactUrl('/v2/me')).toBe('/v2/me');
    expect(redactUrl('/v2/me?')).toBe('/v2/me');
    expect(redactUrl('/x?constructor=1&__proto__=2')).toBe('/x?constructor=[REDACTED]&__proto__=[REDACTED]');
  });
});
