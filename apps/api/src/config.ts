// Settings, read and validated once at boot (API.md, "Settings"). Nothing else reads process.env.
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { type TrustProxy, trustProxySetting } from './http/trust-proxy.ts';

/** The repository's root: defaults (DATA_DIR, the built SPAs) are relative to it. */
export const ROOT_DIR = resolve(import.meta.dirname, '../../..');

const booleanSetting = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const urlSetting = (protocols: string[], example: string) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { error: `must be a URL such as ${example}` },
  );

const schema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'must be between 0 and 65535' })
    .max(65535, { error: 'must be between 0 and 65535' })
    .default(3000),
  HOST: z.string().min(1, { error: 'must not be empty' }).default('127.0.0.1'),
  PUBLIC_URL: urlSetting(['http:', 'https:'], 'https://marketplace.example.com').optional(),
  DATABASE_URL: urlSetting(
    ['postgres:', 'postgresql:'],
    'postgres://user:pass@host:5432/marketplace',
  ).optional(),
  DATA_DIR: z.string().min(1, { error: 'must not be empty' }).default('.data'),
  SMTP_URL: urlSetting(['smtp:', 'smtps:'], 'smtp://user:pass@mail.example.com:587').optional(),
  MAIL_FROM: z
    .string()
    .regex(/^(.+<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
      error: 'must be an address such as "Marketplace <no-reply@example.com>"',
    })
    .default('OUTSCALE Marketplace <no-reply@marketplace.localhost>'),
  OUTSCALE_ENDPOINT: z
    .string()
    .refine((v) => /^https?:\/\//.test(v), {
      error: 'must be a URL such as https://api.{region}.outscale.com/api/v1',
    })
    .optional(),
  SIRENE_ENDPOINT: urlSetting(['http:', 'https:'], 'https://api.insee.fr/api-sirene/3.11').optional(),
  SIRENE_API_KEY: z.string().min(8, { error: 'must be the integration key INSEE gave' }).optional(),
  OUTSCALE_SIMULATOR_SEED: z
    .string()
    .refine((path) => existsSync(path), { error: 'must name an existing JSON file' })
    .optional(),
  MARKETPLACE_ACCOUNTS: z
    .string()
    .refine((path) => existsSync(path), { error: 'must name an existing JSON file' })
    .optional(),
  MARKETPLACE_IP: z
    .string()
    .regex(/^(\d{1,3}\.){3}\d{1,3}\/\d{1,2}$/, { error: 'must be an IPv4 range such as 148.253.98.37/32' })
    .default('148.253.98.37/32'),
  SECRET_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/_=-]{43,}$/, { error: 'must be at least 32 random bytes, base64-encoded' })
    .optional(),
  DEMO_DATA: booleanSetting.default(false),
  TRUST_PROXY: trustProxySetting,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  /** Unset: http://localhost:<the port actually bound>. */
  publicUrl: string | undefined;
  databaseUrl: string | undefined;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  outscaleEndpoint: string | undefined;
  outscaleSimulatorSeed: string | undefined;
  /** France's company directory (INSEE's Sirene API); unset: the embedded Sirene simulator. */
  sirene: { endpoint: string; apiKey: string } | undefined;
  marketplaceAccountsFile: string | undefined;
  marketplaceIp: string;
  secretKey: string | undefined;
  demoData: boolean;
  /** The proxies whose X-Forwarded-For is believed (Fastify's trustProxy); none by default. */
  trustProxy: TrustProxy;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  version: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The marketplace cannot start, its settings are wrong:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads the settings from an environment (process.env by default); throws ConfigError listing every wrong value. */
export function loadConfig(env: Record<string, string | undefined> = process.env, version = '0.0.0'): Config {
  // An empty variable means "unset", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '?');
        return `${name}=${JSON.stringify(present[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const s = parsed.data;
  if ((s.SIRENE_ENDPOINT === undefined) !== (s.SIRENE_API_KEY === undefined)) {
    throw new ConfigError([
      s.SIRENE_ENDPOINT
        ? 'SIRENE_API_KEY: must be set with SIRENE_ENDPOINT (the integration key of INSEE’s API portal)'
        : 'SIRENE_ENDPOINT: must be set with SIRENE_API_KEY (such as https://api.insee.fr/api-sirene/3.11)',
    ]);
  }
  const dataDir = isAbsolute(s.DATA_DIR) ? s.DATA_DIR : resolve(ROOT_DIR, s.DATA_DIR);
  return {
    port: s.PORT,
    host: s.HOST,
    publicUrl: s.PUBLIC_URL?.replace(/\/$/, ''),
    databaseUrl: s.DATABASE_URL,
    dataDir,
    smtpUrl: s.SMTP_URL,
    mailFrom: s.MAIL_FROM,
    outscaleEndpoint: s.OUTSCALE_ENDPOINT,
    outscaleSimulatorSeed: s.OUTSCALE_SIMULATOR_SEED,
    sirene:
      s.SIRENE_ENDPOINT && s.SIRENE_API_KEY
        ? { endpoint: s.SIRENE_ENDPOINT.replace(/\/$/, ''), apiKey: s.SIRENE_API_KEY }
        : undefined,
    marketplaceAccountsFile: s.MARKETPLACE_ACCOUNTS,
    marketplaceIp: s.MARKETPLACE_IP,
    secretKey: s.SECRET_KEY,
    demoData: s.DEMO_DATA,
    trustProxy: s.TRUST_PROXY,
    logLevel: s.LOG_LEVEL,
    version,
  };
}
