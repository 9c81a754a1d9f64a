import { AccountsErrorCode } from './accounts-error';
import { allowPhoneRegions, normalizeNewPhone, normalizePhone, parsePhone, parsePhoneRegions, phoneFromParts, toNationalPhone } from './phone';

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

  describe('regions a new phone may be in', () => {
    afterEach(() => allowPhoneRegions(['CN']));

    it('takes only the allowed regions (CN by default); non-geographic numbers have none', () => {
      expect(normalizeNewPhone('13812345678')).toBe('+8613812345678');
      for (const foreign of ['+88216123456', '+252612345678', '+96891234567', '+14155552671', '+85251234567']) {
        expect(parsePhone(foreign)).not.toBeNull();
        expect(() => normalizeNewPhone(foreign, 'target')).toThrow(
          expect.objectContaining({ code: AccountsErrorCode.ValidationFailed, details: { fields: { target: ['region'] } } }),
        );
      }
      allowPhoneRegions(['CN', 'HK']);
      expect(normalizeNewPhone('+852 5123 4567')).toBe('+85251234567');
      // A valid Macau mobile: MO is not in the list.
      expect(() => normalizeNewPhone('+85366123456')).toThrow(
        expect.objectContaining({ code: AccountsErrorCode.ValidationFailed, details: { fields: { phone: ['region'] } } }),
      );
    });

    it('reads the configured list and names what is not a region', () => {
      expect(parsePhoneRegions(' cn, HK ,mo,CN')).toEqual({ regions: ['CN', 'HK', 'MO'], unknown: [] });
      expect(parsePhoneRegions('CN,XX,EU').unknown).toEqual(['XX', 'EU']);
      expect(() => allowPhoneRegions([])).toThrow('not phone regions: ');
      expect(() => allowPhoneRegions(['ZZ'])).toThrow('not phone regions: ZZ');
    });
  });
});
