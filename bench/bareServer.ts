import fs from 'node:fs';
import Fastify from 'fastify';

/** A bare Fastify route that returns the same JSON as the roster list: the floor under our API's latency. */
const [file, port] = process.argv.slice(2);
const body = JSON.parse(fs.readFileSync(file!, 'utf8')) as unknown;
const app = Fastify();
app.get('/roster', async () => body);
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.stdout.write('ready\n');
