import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, ValidateIf } from 'class-validator';

// Whole numbers become numbers; anything else stays text so that @IsInt names the problem.
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : value === true || value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;
const URL_OPTIONS = { require_tld: false, require_protocol: true };

/**
 * Every environment variable the service reads, with its rule. Validated once
 * at start; each wrong or missing value gets its own line in the error.
 */
export class Environment {
  // The decorator nearest a property is checked first: type checks sit last on each line.
  @IsOptional() @IsIn(['production', 'development', 'test']) NODE_ENV?: string;
  @IsOptional() @Transform(toInt) @Min(0) @Max(65535) @IsInt() PORT?: number;
  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL?: string;
  @IsOptional() @IsString() DATA_DIR?: string;
  @IsOptional() @Matches(/^(mysql|mariadb):\/\/[^/]+\/\w+/, { message: 'DATABASE_URL must look like mysql://user:pass@host:3306/database' })
  DATABASE_URL?: string;
  @IsOptional() @Transform(toBool) @IsBoolean() DB_LOGGING?: boolean;
  @IsOptional() @IsString() OUTBOX_FILE?: string;
  @IsOptional() @IsUrl(URL_OPTIONS) PUBLIC_URL?: string;
  @IsOptional() @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' }) REDIS_URL?: string;
  @IsOptional() @IsString() @Matches(/^[\w:.-]{0,64}$/, { message: 'REDIS_KEY_PREFIX: letters, digits and :._- only' }) REDIS_KEY_PREFIX?: string;
  @IsOptional() @IsString() TRUST_PROXY?: string;
  @IsOptional() @IsString() @Matches(/^\d+(kb|mb)$/i, { message: 'BODY_LIMIT must look like 64kb or 1mb' }) BODY_LIMIT?: string;
  @IsOptional() @Transform(toInt) @Min(0) @Max(300) @IsInt() HEAP_GROWING_PERCENT?: number;

  @IsOptional() @Transform(toInt) @Min(1) @IsInt() RATE_LIMIT_PER_MINUTE?: number;
  @IsOptional() @Transform(toInt) @Min(1) @IsInt() LOGIN_MAX_FAILURES?: number;
  @IsOptional() @Transform(toInt) @Min(1) @IsInt() LOCKOUT_MAX_SECONDS?: number;
  @IsOptional() @Transform(toInt) @Min(1) @IsInt() LOGIN_MAX_FAILURES_PER_IP?: number;
  @IsOptional() @Transform(toInt) @Min(1) @IsInt() SMS_HOURLY_LIMIT?: number;
  @IsOptional() @Transform(toInt) @Min(1) @IsInt() SMS_DAILY_LIMIT_PER_PHONE?: number;
  @IsOptional() @Transform(toInt) @Min(1) @IsInt() CODE_SENDS_PER_IP_PER_HOUR?: number;
  @IsOptional() @Matches(/^\s*[A-Za-z]{2}(\s*,\s*[A-Za-z]{2})*\s*$/, { message: 'SMS_ALLOWED_REGIONS must be a comma list of ISO 3166 region codes, such as CN or CN,HK,MO' })
  SMS_ALLOWED_REGIONS?: string;
  @IsOptional() @Transform(toInt) @Min(1) @IsInt() AVATAR_UPLOADS_PER_HOUR?: number;

  @IsOptional() @IsIn(['outbox', 'smtp']) EMAIL_DRIVER?: string;
  @IsOptional() @IsIn(['outbox', 'http']) SMS_DRIVER?: string;
  @ValidateIf((env: Environment) => env.EMAIL_DRIVER === 'smtp' || env.SMTP_URL !== undefined)
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be an smtp:// or smtps:// URL (needed when EMAIL_DRIVER=smtp)' })
  SMTP_URL?: string;
  @IsOptional() @IsString() SMTP_FROM?: string;
  @ValidateIf((env: Environment) => env.SMS_DRIVER === 'http' || env.SMS_HTTP_URL !== undefined)
  @IsUrl(URL_OPTIONS, { message: 'SMS_HTTP_URL must be an http(s) URL (needed when SMS_DRIVER=http)' })
  SMS_HTTP_URL?: string;
  @IsOptional() @IsString() SMS_HTTP_TOKEN?: string;
  @IsOptional() @Transform(toInt) @Min(100) @IsInt() UPSTREAM_TIMEOUT_MS?: number;

  @IsOptional() @IsString() WECHAT_APP_ID?: string;
  @IsOptional() @IsString() WECHAT_APP_SECRET?: string;
  @IsOptional() @IsUrl(URL_OPTIONS) WECHAT_API_BASE?: string;
  @IsOptional() @IsUrl(URL_OPTIONS) GITEA_URL?: string;
  @ValidateIf((env: Environment) => env.GITEA_URL !== undefined)
  @IsString({ message: 'GITEA_ADMIN_TOKEN is required when GITEA_URL is set' })
  GITEA_ADMIN_TOKEN?: string;

  @IsOptional() @Matches(/-----BEGIN PRIVATE KEY-----/, { message: 'JWT_PRIVATE_KEY must be a PKCS#8 PEM private key' })
  JWT_PRIVATE_KEY?: string;
  @IsOptional() @Matches(/-----BEGIN PRIVATE KEY-----/, { message: 'WORD_INFO_PRIVATE_KEY must be a PKCS#8 PEM RSA private key' })
  WORD_INFO_PRIVATE_KEY?: string;
  @IsOptional() @IsString() @Matches(/^.{32,}$/s, { message: 'TOKEN_HASH_SECRET must be at least 32 characters' })
  TOKEN_HASH_SECRET?: string;

  @IsOptional() @Transform(toInt) @Min(1024) @IsInt() ARGON2_MEMORY_KIB?: number;
  @IsOptional() @Transform(toInt) @Min(1) @IsInt() ARGON2_TIME_COST?: number;
  @IsOptional() @Transform(toInt) @Min(1) @IsInt() ARGON2_PARALLELISM?: number;
  @IsOptional() @Transform(toInt) @Min(0) @IsInt() PASSWORD_HASH_QUEUE_LIMIT?: number;
  @IsOptional() @Transform(toInt) @Min(100) @IsInt() PASSWORD_HASH_QUEUE_WAIT_MS?: number;
  @IsOptional() @Transform(toBool) @IsBoolean() V2_REGISTER_REQUIRE_PHONE_CODE?: boolean;
  @IsOptional() @Transform(toBool) @IsBoolean() V2_REGISTER_REQUIRE_EMAIL_CODE?: boolean;
  @IsOptional() @Transform(toInt) @Min(1024) @IsInt() MAX_UPLOAD_BYTES?: number;

  @IsOptional() @Transform(toBool) @IsBoolean() METRICS_ENABLED?: boolean;
  @IsOptional() @IsString() METRICS_TOKEN?: string;
}
