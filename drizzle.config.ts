import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './pipeline/db/schema.ts',
  out: './migrations',
});
