/**
 * The built game (dist/) as plain files on a loopback port, for the browser tests: the
 * classroom server's static handler (server/static.ts) without the classroom. Unlike
 * `vite preview` it does not gzip each response on the fly. Usage: serve-dist.ts PORT
 */
import { createServer } from 'node:http';
import { staticFiles } from '../server/static';

const port = Number(process.argv[2] ?? 4173);
createServer(staticFiles('dist')).listen(port, '127.0.0.1', () => console.log(`dist/ on http://127.0.0.1:${port}`));
