import { defineConfig } from 'drizzle-kit';

// The PostgreSQL store (`--db postgres://…`); `drizzle.config.ts` is the SQLite one.
export default defineConfig({
  dialect: 'postgresql',
  schema: './pipeline/db/schema.pg.ts',
  out: './migrations-pg',
});
