import { AccountsErrorCode } from './accounts-error';
import { normalizePhone, parsePhone, phoneFromParts, toNationalPhone } from './phone';

describe('phone normalization', () => {
  it.each(['13812345678', '+8613812345678', '86 138 1234 5678', '8613812345678', '138-1234-5678', '+86 138 1234 5678'])(
    'reads %s as +8613812345678',
    (input) => expect(parsePhone(input)).toBe('+8613812345678'),
  );

  it('keeps other countries when given with +', () => {
    expect(parsePhone('+1 415 555 2671')).toBe('+14155552671');
    expect(phoneFromParts('1', '4155552671')).toBe('+14155552671');
    expect(phoneFromParts('86', '13812345678')).toBe('+8613812345678');
  });

  it.each(['', 'abc', '12345', '1381234567', '138123456789', '+86 000', '1' + '3'.repeat(30)])('refuses %p', (input) => {
    expect(parsePhone(input)).toBeNull();
  });

  it('names the field that held a bad phone', () => {
    expect(() => normalizePhone('nope', 'mobile')).toThrow(
      expect.objectContaining({ code: AccountsErrorCode.ValidationFailed, details: { fields: { mobile: ['pattern'] } } }),
    );
  });

  it('answers legacy contracts with the 11-digit national form', () => {
    expect(toNationalPhone('+8613812345678')).toBe('13812345678');
    expect(toNationalPhone('+14155552671')).toBe('14155552671');
    expect(toNationalPhone(null)).toBeNull();
  });
});
