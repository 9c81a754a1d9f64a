import { randomUUID } from 'node:crypto';
import { AccountsErrorCode } from '../domain/accounts-error';
import { StoredFile, storedFileName } from '../domain/stored-file';
import { useCaseFixture, UseCaseFixture } from '../testing/use-case-fixture';
import { ReadStoredFile } from './read-stored-file.use-case';

describe('ReadStoredFile', () => {
  let f: UseCaseFixture;
  let file: StoredFile;
  const bytes = Buffer.from('\x89PNG fake bytes');
  beforeEach(async () => {
    f = await useCaseFixture();
    file = { id: randomUUID(), accountId: 1, originalName: 'me.png', size: bytes.length, mimeType: 'image/png', suffix: 'png', createdAt: f.clock.now() };
    await f.storedFiles.insert(file);
    await f.files.put(storedFileName(file), bytes);
  });

  it('answers the file and its bytes by its stored name', async () => {
    await expect(f.get(ReadStoredFile).execute({ name: `${file.id}.png` })).resolves.toEqual({ file, bytes });
  });

  it('answers NotFound for another suffix, a name that is no stored name, an unknown id, and bytes that are gone', async () => {
    const read = f.get(ReadStoredFile);
    const notFound = { code: AccountsErrorCode.NotFound };
    for (const name of [`${file.id}.jpg`, `${file.id}.PNG`, '../etc/passwd', `${file.id}`, `${randomUUID()}.png`]) {
      await expect(read.execute({ name })).rejects.toMatchObject(notFound);
    }
    await f.files.remove(storedFileName(file));
    await expect(read.execute({ name: `${file.id}.png` })).rejects.toMatchObject(notFound);
  });
});
