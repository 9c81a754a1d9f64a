import { QueryFailedError } from 'typeorm';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { AccountNumberTaken } from '../ports/account.repository';
import { translateAccountClash } from './db-errors';

function clash(driverError: { code: string; errno?: number; message: string }): QueryFailedError {
  return new QueryFailedError('INSERT ...', [], Object.assign(new Error(driverError.message), driverError));
}

const mysql = (value: string, key: string) => clash({ code: 'ER_DUP_ENTRY', errno: 1062, message: `Duplicate entry '${value}' for key '${key}'` });
const sqlite = (columns: string) => clash({ code: 'SQLITE_CONSTRAINT_UNIQUE', message: `UNIQUE constraint failed: ${columns}` });

function translated(error: unknown): unknown {
  try {
    translateAccountClash(error);
  } catch (thrown) {
    return thrown;
  }
  throw new Error('translateAccountClash returned');
}

describe('translateAccountClash', () => {
  it.each([
    ['MySQL username', mysql('alice', 'UQ_accounts_username_key'), AccountsErrorCode.UsernameTaken],
    ['MySQL email', mysql('a@example.com', 'UQ_accounts_email'), AccountsErrorCode.EmailTaken],
    ['MySQL phone', mysql('+8613812345678', 'UQ_accounts_phone'), AccountsErrorCode.PhoneTaken],
    ['SQLite username', sqlite('accounts.username_key'), AccountsErrorCode.UsernameTaken],
    ['MySQL look-alike username', mysql('adrninl', 'UQ_accounts_username_skeleton'), AccountsErrorCode.UsernameTaken],
    ['SQLite look-alike username', sqlite('accounts.username_skeleton'), AccountsErrorCode.UsernameTaken],
    ['SQLite email', sqlite('accounts.email'), AccountsErrorCode.EmailTaken],
    ['SQLite phone', sqlite('accounts.phone'), AccountsErrorCode.PhoneTaken],
  ])('names the identity of a %s clash', (_name, error, code) => {
    const thrown = translated(error);
    expect(thrown).toBeInstanceOf(AccountsError);
    expect((thrown as AccountsError).code).toBe(code);
  });

  it('reads the key, not the clashing value', () => {
    const thrown = translated(mysql('username_key@example.com', 'UQ_accounts_email'));
    expect((thrown as AccountsError).code).toBe(AccountsErrorCode.EmailTaken);
  });

  it('tells an account-number clash apart, so the caller draws another number', () => {
    expect(translated(mysql('26112106348190', 'UQ_accounts_account_number'))).toBeInstanceOf(AccountNumberTaken);
    expect(translated(sqlite('accounts.account_number'))).toBeInstanceOf(AccountNumberTaken);
  });

  it('lets anything else through unchanged', () => {
    const other = new Error('connection lost');
    expect(translated(other)).toBe(other);
  });
});
