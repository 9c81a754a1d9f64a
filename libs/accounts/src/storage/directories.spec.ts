import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirectoryError, makeDirectory, makeDirectorySync, prepareDirectory } from './directories';

describe('directories', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'directories-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('makes every missing level, and an existing directory is no error', async () => {
    makeDirectorySync(join(root, 'a/b/c'), 0o700);
    expect(statSync(join(root, 'a/b/c')).isDirectory()).toBe(true);
    expect(statSync(join(root, 'a/b/c')).mode & 0o777).toBe(0o700);
    makeDirectorySync(join(root, 'a/b/c'));
    await makeDirectory(join(root, 'x/y'));
    await makeDirectory(join(root, 'x/y'));
    expect(statSync(join(root, 'x/y')).isDirectory()).toBe(true);
  });

  it('fails with ENOENT under /proc instead of spinning (Node\'s recursive mkdir loops there)', async () => {
    expect(() => makeDirectorySync('/proc/accounts-test/keys')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    await expect(makeDirectory('/proc/accounts-test/files')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('prepareDirectory names the variable, the path and the problem, and leaves no probe behind', () => {
    prepareDirectory('DATA_DIR', join(root, 'data'));
    expect(existsSync(join(root, 'data'))).toBe(true);
    expect(readdirSync(join(root, 'data'))).toEqual([]);
    writeFileSync(join(root, 'file'), '');
    expect(() => prepareDirectory('DATA_DIR', join(root, 'file'))).toThrow(new DataDirectoryError('DATA_DIR', join(root, 'file'), 'is not a directory'));
    expect(() => prepareDirectory('DATA_DIR', '/proc/nowhere')).toThrow('DATA_DIR: /proc/nowhere cannot be created (ENOENT); choose a directory this user may write');
  });
});
