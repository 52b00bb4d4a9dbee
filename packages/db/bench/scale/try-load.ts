import postgres from 'postgres';
import { loadPlatform } from './load';
import { scaledVolumes } from './volumes';

const pool = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => {} });
const r = await loadPlatform(pool, scaledVolumes(Number(process.argv[2] ?? 0.01)), console.log);
console.log(r);
await pool.end();
