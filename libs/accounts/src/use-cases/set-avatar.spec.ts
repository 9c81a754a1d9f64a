import { AccountsErrorCode } from '../domain/accounts-error';
import { storedFileName } from '../domain/stored-file';
import { AccountFiles } from '../services/account-files';
import { coreFixture, CoreFixture } from '../testing/core-fixture';
import { InMemoryFileStorage, InMemoryStoredFiles } from '../testing/in-memory-files';
import { newAccountRecord } from '../testing/new-account';
import { SetAvatar } from './set-avatar.use-case';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('SetAvatar and AccountFiles: one file per account, in a crash-safe order', () => {
  let f: CoreFixture;
  let rows: InMemoryStoredFiles;
  let disk: InMemoryFileStorage;
  let files: AccountFiles;
  let setAvatar: SetAvatar;
  let accountId: number;
  beforeEach(async () => {
    f = await coreFixture({ avatarUploadsPerHour: 4 });
    rows = new InMemoryStoredFiles();
    disk = new InMemoryFileStorage();
    files = new AccountFiles(f.accounts, rows, disk, f.counters);
    setAvatar = new SetAvatar(f.accounts, files, f.counters, f.clock, f.config, f.unitOfWork);
    accountId = (await f.accounts.insert(newAccountRecord())).id;
  });

  const upload = () => setAvatar.execute({ accountId, bytes: PNG, originalName: 'a.png' });
  const avatarFileId = async () => (await f.accounts.findById(accountId))!.avatarFileId;
  /** Every row names bytes that exist; answers the ids of the rows. */
  const consistentRows = () => {
    for (const file of rows.rows.values()) expect(disk.bytes.has(storedFileName(file))).toBe(true);
    return [...rows.rows.keys()];
  };

  it('keeps only the new avatar once it is stored, recorded and pointed at', async () => {
    await upload();
    const second = await upload();
    expect(await avatarFileId()).toBe(second.file.id);
    expect(consistentRows()).toEqual([second.file.id]);
    expect([...disk.bytes.keys()]).toEqual([storedFileName(second.file)]);
  });

  it.each(['bytes', 'row'] as const)('a failure storing the new %s keeps the old avatar, its row and its bytes', async (step) => {
    const first = await upload();
    if (step === 'bytes') disk.failNext = 'put';
    else rows.failNextInsert = true;
    await expect(upload()).rejects.toThrow(step === 'bytes' ? 'disk failed on put' : 'database gone');
    expect(await avatarFileId()).toBe(first.file.id);
    expect(consistentRows()).toEqual([first.file.id]);
  });

  it('a failure removing the replaced bytes leaves an orphan on disk, never a row without bytes; the next upload goes on', async () => {
    const first = await upload();
    disk.failNext = 'remove';
    await expect(upload()).rejects.toThrow('disk failed on remove');
    expect(consistentRows()).toHaveLength(1);
    expect(disk.bytes.has(storedFileName(first.file))).toBe(true);
    const third = await upload();
    expect(consistentRows()).toEqual([third.file.id]);
  });

  it('answers RateLimited past the hourly attempts, refused ones included, and again after the hour', async () => {
    await expect(setAvatar.execute({ accountId, bytes: Buffer.from('not an image'), originalName: 'x' })).rejects.toMatchObject({
      code: AccountsErrorCode.FileTypeNotAllowed,
    });
    for (let i = 0; i < 3; i++) await upload();
    await expect(upload()).rejects.toMatchObject({ code: AccountsErrorCode.RateLimited, details: { retryAfterSeconds: expect.any(Number) } });
    f.clock.advance(3600);
    await upload();
  });

  it('runs one change of an account\'s files at a time: a second one meanwhile is refused and changes nothing', async () => {
    let release!: () => void;
    disk.gate = new Promise((resolve) => (release = resolve));
    const held = upload();
    while (disk.waiting === 0) await new Promise((resolve) => setImmediate(resolve));
    await expect(upload()).rejects.toMatchObject({ code: AccountsErrorCode.RateLimited, details: { retryAfterSeconds: 1 } });
    await expect(files.exclusively(accountId, () => files.forgetAll(accountId))).rejects.toMatchObject({ code: AccountsErrorCode.RateLimited });
    disk.gate = null;
    release();
    const done = await held;
    expect(await avatarFileId()).toBe(done.file.id);
    expect(consistentRows()).toEqual([done.file.id]);
  });

  it('forgetAll detaches the avatar and removes every row; removeBytes then the bytes', async () => {
    await upload();
    await upload();
    const forgotten = await files.forgetAll(accountId);
    expect(disk.bytes.size).toBe(1);
    await files.removeBytes(forgotten);
    expect(await f.accounts.findById(accountId)).toMatchObject({ avatarFileId: null, avatarUrl: null });
    expect(rows.rows.size).toBe(0);
    expect(disk.bytes.size).toBe(0);
  });
});
