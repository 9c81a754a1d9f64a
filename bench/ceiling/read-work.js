'use strict';
// What GET /v2/me does per request and nothing else, shared by the ceiling
// servers: verify the JWT with jose against the service's key (kid, algorithm,
// signature, expiry, audience, issuer), read the session with its account in
// ONE query through the same driver (better-sqlite3 on the same file, or mysql2
// on the same database), apply the same session checks (audience, account,
// generation, revocation, epoch, expiry, status) and build the same profile.
const { createPrivateKey, createPublicKey } = require('node:crypto');
const { calculateJwkThumbprint, decodeProtectedHeader, exportJWK, jwtVerify } = require('jose');

const SQL =
  'SELECT s.audience AS s_audience, s.epoch AS s_epoch, s.token_generation AS s_generation, ' +
  's.expires_at AS s_expires_at, s.revoked_at AS s_revoked_at, a.* ' +
  'FROM sessions s INNER JOIN accounts a ON a.id = s.account_id WHERE s.id = ?';

const publicKey = createPublicKey(createPrivateKey(process.env.JWT_PRIVATE_KEY));
const issuer = process.env.ISSUER;

/** One function `findSession(id) -> row | undefined` over the same store the service uses. */
function openStore() {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    const pool = require('mysql2/promise').createPool({
      host: url.hostname,
      port: Number(url.port || 3306),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: url.pathname.slice(1),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      supportBigNumbers: true,
      bigNumberStrings: false,
      connectionLimit: 10,
    });
    return {
      findSession: async (id) => (await pool.query(SQL, [id]))[0][0],
      toDate: (value) => value,
    };
  }
  const db = new (require('better-sqlite3'))(process.env.SQLITE_PATH);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  const statement = db.prepare(SQL);
  return {
    findSession: async (id) => statement.get(id),
    // TypeORM keeps SQLite datetimes as UTC 'YYYY-MM-DD HH:MM:SS.SSS' text.
    toDate: (value) => (value === null ? null : new Date(`${value.replace(' ', 'T')}Z`)),
  };
}

const store = openStore();
let kid;

function iso(date) {
  return date ? date.toISOString() : null;
}

function profileOf(row) {
  return {
    id: Number(row.id),
    uuid: row.uuid,
    account_number: row.account_number,
    username: row.username,
    email: row.email,
    email_verified: row.email_verified === true || row.email_verified === 1,
    phone: row.phone,
    nickname: row.nickname,
    avatar_url: row.avatar_url,
    sex: row.sex,
    birthday: row.birthday,
    address: row.address,
    position: row.position,
    company: row.company,
    department: row.department,
    internal_phone: row.internal_phone,
    description: row.description,
    website: row.website,
    location: row.location,
    role: row.role,
    status: row.status,
    last_login_at: iso(store.toDate(row.last_login_at)),
    created_at: iso(store.toDate(row.created_at)),
    updated_at: iso(store.toDate(row.updated_at)),
  };
}

/** The account row a `Bearer` authorization header stands for, or null. */
async function authenticate(authorization) {
  const match = /^Bearer (.+)$/.exec(authorization ?? '');
  if (!match) return null;
  const token = match[1];
  const header = decodeProtectedHeader(token);
  if (header.kid !== kid || header.alg !== 'EdDSA') return null;
  const now = new Date();
  const { payload } = await jwtVerify(token, publicKey, {
    algorithms: ['EdDSA'],
    audience: 'v2',
    issuer,
    currentDate: now,
    requiredClaims: ['exp', 'iat'],
  });
  if (typeof payload.sid !== 'string' || typeof payload.sub !== 'string') return null;
  const row = await store.findSession(payload.sid);
  if (!row || row.s_audience !== 'v2' || Number(row.id) !== Number(payload.sub)) return null;
  if (typeof payload.gen === 'number' && payload.gen !== row.s_generation) return null;
  if (row.s_revoked_at !== null || row.s_epoch !== row.session_epoch) return null;
  if (store.toDate(row.s_expires_at).getTime() <= now.getTime() || row.status !== 'normal') return null;
  return row;
}

/** Resolves once the key id is known; call before serving. */
async function prepare() {
  kid = await calculateJwkThumbprint(await exportJWK(publicKey));
}

module.exports = { authenticate, prepare, profileOf };
