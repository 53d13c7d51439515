// `npm run observatory`: serves the built site (dist/, or DIST_DIR) through nginx with the generated
// configuration and grades it with the MDN HTTP Observatory; fails below A+.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { freePorts, startNginx } from './nginx-local.ts';

const [httpsPort = 0, httpPort = 0] = await freePorts(2);
const nginx = await startNginx({ dist: process.env.DIST_DIR ?? 'dist', httpsPort, httpPort });
try {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      'scripts/observatory-scan.mjs',
      '--host',
      'localhost',
      '--https-port',
      String(httpsPort),
      '--http-port',
      String(httpPort),
    ],
    { env: { ...process.env, NODE_EXTRA_CA_CERTS: nginx.certificateFile } },
  );
  const result = JSON.parse(stdout) as { grade: string; score: number; testsPassed: number; testsQuantity: number };
  console.log(stdout);
  console.log(
    `MDN HTTP Observatory: ${result.grade} (${result.score}/100, ${result.testsPassed} of ${result.testsQuantity} tests passed)`,
  );
  if (result.grade !== 'A+') process.exitCode = 1;
} finally {
  await nginx.stop();
}
