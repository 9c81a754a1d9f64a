import { AccountsErrorCode } from './accounts-error';
import { identifierCandidates, isAddrSpec, normalizeEmail, normalizeUsername, usernameKey, usernameSkeleton } from './identifiers';
import { cleanProfilePatch, isWebUrl } from './profile-rules';

describe('identifiers', () => {
  it('keys usernames case- and width-insensitively', () => {
    expect(usernameKey('Alice')).toBe(usernameKey('ALICE'));
    expect(usernameKey('ａｌｉｃｅ')).toBe('alice');
  });

  it('refuses usernames that read as phone numbers', () => {
    for (const phoneLike of ['13812345678', '+8613812345678', '+14155552671']) {
      expect(() => normalizeUsername(phoneLike)).toThrow(expect.objectContaining({ details: { fields: { username: ['notPhone'] } } }));
    }
  });

  it('refuses usernames with spaces or @', () => {
    for (const refused of ['a b', 'a@b']) {
      expect(() => normalizeUsername(refused)).toThrow(expect.objectContaining({ code: AccountsErrorCode.ValidationFailed, details: { fields: { username: ['pattern'] } } }));
    }
    expect(normalizeUsername('  bob  ')).toBe('bob');
    expect(normalizeUsername('12345')).toBe('12345');
  });

  it('refuses control, format and bidi characters in usernames', () => {
    for (const hidden of ['admin1\u200b', 'admin\u202e1nimda', 'ad\u0000min1', 'a\u2066dmin', 'ad\ufeffmin', 'ad\u00admin', 'a\u3164b', 'a\ufe0fb']) {
      expect(() => normalizeUsername(hidden)).toThrow(expect.objectContaining({ details: { fields: { username: ['pattern'] } } }));
    }
    expect(normalizeUsername('张三_ok')).toBe('张三_ok');
  });

  it('gives look-alike usernames one skeleton (UTS #39), whatever their case', () => {
    const admin = usernameSkeleton('admin1');
    for (const alike of ['Admin1', 'ADMIN1', '\u0430dmin1', 'adm\u0131n1', 'adminl', 'ａｄｍｉｎ１']) expect(usernameSkeleton(alike)).toBe(admin);
    expect(usernameSkeleton('bob0')).toBe(usernameSkeleton('BOBO'));
    expect(usernameSkeleton('admin2')).not.toBe(admin);
    expect(usernameSkeleton('café')).not.toBe(usernameSkeleton('cafe'));
  });

  it('lower-cases emails and refuses malformed ones', () => {
    expect(normalizeEmail(' Bob@Example.COM ')).toBe('bob@example.com');
    expect(normalizeEmail('张三@例子.中国')).toBe('张三@例子.中国');
    expect(normalizeEmail("o'neil+tag@mail.example.com")).toBe("o'neil+tag@mail.example.com");
    expect(() => normalizeEmail('bob@')).toThrow(expect.objectContaining({ code: AccountsErrorCode.ValidationFailed, details: { fields: { email: ['pattern'] } } }));
  });

  it.each([
    '<x@evil.com>',
    'x@evil.com,root',
    'x@evil.com, y@evil.com',
    'Bob <x@evil.com>',
    '"x@evil.com"@good.com',
    'x@evil.com (comment)',
    'x@[127.0.0.1]',
    'x@localhost',
    'a..b@example.com',
    'x@evil.com\nbcc: y@evil.com',
    'x\u200b@evil.com',
    'x@@evil.com',
  ])('accepts only a single addr-spec, not %p', (input) => {
    expect(isAddrSpec(input.toLowerCase())).toBe(false);
    expect(() => normalizeEmail(input)).toThrow(expect.objectContaining({ details: { fields: { email: ['pattern'] } } }));
    expect(identifierCandidates(input)).toEqual([]);
  });

  it('reads a sign-in identifier as email, else username then phone', () => {
    expect(identifierCandidates('Bob@Example.com')).toEqual([{ kind: 'email', value: 'bob@example.com' }]);
    expect(identifierCandidates('13812345678')).toEqual([
      { kind: 'username', value: '13812345678' },
      { kind: 'phone', value: '+8613812345678' },
    ]);
    expect(identifierCandidates('alice')).toEqual([{ kind: 'username', value: 'alice' }]);
  });
});

describe('profile rules', () => {
  it('trims, turns blanks into null and checks lengths and sex', () => {
    expect(cleanProfilePatch({ nickname: '  Neo ', company: '', sex: 2 })).toEqual({ nickname: 'Neo', company: null, sex: 2 });
    expect(() => cleanProfilePatch({ sex: 3 as never })).toThrow(expect.objectContaining({ details: { fields: { sex: ['range'] } } }));
    expect(() => cleanProfilePatch({ nickname: 'x'.repeat(256) })).toThrow(
      expect.objectContaining({ details: { fields: { nickname: ['length'] } } }),
    );
    expect(() => cleanProfilePatch({ birthday: 'yesterday-ish' })).toThrow(
      expect.objectContaining({ details: { fields: { birthday: ['pattern'] } } }),
    );
  });

  it('keeps only http and https URLs as avatar and website', () => {
    for (const url of ['https://example.com/a.png', 'HTTP://example.com', 'https://例子.中国/头像.png', 'http://localhost:3000/files/x.png']) {
      expect(isWebUrl(url)).toBe(true);
    }
    const refused = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>', 'vbscript:x', '//evil.com/a.png', 'https:evil.com',
      'java\nscript:alert(1)', 'https://a.com/\u0000', 'https://bank.example@evil.example/', 'https://a.com\\@evil.com', 'ftp://example.com', 'https://'];
    for (const url of refused) expect(isWebUrl(url)).toBe(false);
    expect(() => cleanProfilePatch({ avatarUrl: 'javascript:alert(1)', website: 'data:text/html,x' })).toThrow(
      expect.objectContaining({ details: { fields: { avatarUrl: ['pattern'], website: ['pattern'] } } }),
    );
    expect(cleanProfilePatch({ avatarUrl: ' https://example.com/a.png ', website: '' })).toEqual({ avatarUrl: 'https://example.com/a.png', website: null });
  });
});
