// The environment is read and validated once, at start. Every problem is reported
// together, so an operator fixes a configuration in one go.

import { resolve } from 'node:path';
import { z } from 'zod';

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1, 'must name an address to listen on').default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  SEED_DIR: z.string().default('./seeds'),
  API_TOKEN: optionalText,
  CORS_ORIGINS: optionalText,
  TRUST_PROXY: optionalText,
  NEO4J_URI: optionalText.refine(
    (uri) => uri === undefined || /^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/.test(uri),
    'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI',
  ),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: optionalText,
  NEO4J_DATABASE: optionalText,
});

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  seedDir: string;
  apiToken: string | undefined;
  corsOrigins: string[];
  /** Express's "trust proxy" setting, for instances behind a load balancer. */
  trustProxy?: boolean | number | string;
  neo4j: Neo4jConfig | undefined;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(`The configuration is not valid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

export function readConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const env = parsed.data;
  const problems: string[] = [];
  if (env.NEO4J_URI && !env.NEO4J_PASSWORD) problems.push('NEO4J_PASSWORD: required when NEO4J_URI is set');
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: resolve(env.DATA_DIR),
    seedDir: resolve(env.SEED_DIR),
    apiToken: env.API_TOKEN,
    corsOrigins: env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',').map((origin) => origin.trim()) : [],
    trustProxy: trustProxySetting(env.TRUST_PROXY),
    neo4j: env.NEO4J_URI
      ? { uri: env.NEO4J_URI, username: env.NEO4J_USERNAME, password: env.NEO4J_PASSWORD!, database: env.NEO4J_DATABASE }
      : undefined,
  };
}

/** "true"/"false", a hop count, or Express's named and address forms ("loopback", "10.0.0.0/8"). */
function trustProxySetting(value: string | undefined): boolean | number | string | undefined {
  if (value === undefined) return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}
