/** Swagger tag of /files: what it serves, that it takes no token, and its failures (users envelope). */
export const FILES_TAG = {
  name: 'files',
  description: [
    'Uploaded avatars at `/files/<uuid>.<suffix>`: the URLs the avatar uploads answer (users `headImg.filePath`, v2 `avatar_url`).',
    '',
    '**Token**: none; the random UUID name is the secret.',
    '',
    '**Answer**: the image bytes with the type judged from their content at upload (JPEG, PNG, GIF or WebP), cached for a year.',
    '',
    '**Errors**: in the users envelope, `{"code": N, "message": "...", "data": null, "total": 0}` with HTTP status N',
    '(the path belongs to the users contract):',
    '',
    '| status | message | when |',
    '|---|---|---|',
    '| 404 | 资源不存在 | no file has that name |',
    '| 500 | 服务器内部错误 | the file store failed |',
  ].join('\n'),
};
