// Serves a built site through Debian's nginx with the generated configuration, on loopback, over HTTPS
// with a self-signed certificate made for the occasion: what the tests and `npm run observatory` check.
// Everything (certificate, configuration, pid, logs) lives in a temporary folder; nothing system-wide.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtPagePolicies } from '../src/integrations/builtPages.ts';
import { nginxConfig } from '../src/lib/nginxConfig.ts';

export interface LocalNginx {
  /** https://localhost:<port> */
  origin: string;
  /** http://localhost:<port> */
  plainOrigin: string;
  /** The self-signed certificate (PEM), to trust in clients. */
  certificate: string;
  certificateFile: string;
  /** The generated site configuration. */
  config: string;
  stop: () => Promise<void>;
}

const nginxBinary = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Free loopback ports (held together while chosen, so they differ), so parallel runs never collide. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Server>((done, fail) => {
          const server = createServer().listen(0, '127.0.0.1', () => done(server));
          server.once('error', fail);
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  return ports;
}

function waitForPort(port: number, deadline: number): Promise<void> {
  return new Promise((done, fail) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        done();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) fail(new Error(`nginx did not listen on port ${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

export async function startNginx({
  dist,
  httpsPort,
  httpPort,
}: {
  dist: string;
  httpsPort: number;
  httpPort: number;
}): Promise<LocalNginx> {
  if (!existsSync(nginxBinary)) {
    throw new Error(
      `nginx not found at ${nginxBinary}: install it (Debian: apt-get install nginx openssl) or set NGINX_PATH`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'site-nginx-'));
  const certificateFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      keyFile,
      '-out',
      certificateFile,
    ],
    { stdio: 'pipe' },
  );

  const root = resolve(dist);
  const config = nginxConfig({
    root,
    serverName: 'localhost',
    certificate: certificateFile,
    certificateKey: keyFile,
    httpsPort,
    httpPort,
    listenAddresses: ['127.0.0.1'],
    pages: builtPagePolicies(root),
  });
  writeFileSync(join(dir, 'site.conf'), config);
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      // Started by root, nginx's workers would run as "nobody", who may not read a build in a private
      // temporary folder: they run as the build's owner instead.
      ...(process.getuid?.() === 0
        ? [`user ${execFileSync('stat', ['-c', '%U %G', root], { encoding: 'utf8' }).trim()};`]
        : []),
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      'error_log stderr warn;',
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
      `  include ${join(dir, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  execFileSync(nginxBinary, ['-t', '-q', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
  const server = spawn(nginxBinary, ['-p', dir, '-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  server.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise<void>((done) => server.once('exit', () => done()));
  try {
    await Promise.race([
      Promise.all([waitForPort(httpsPort, Date.now() + 10_000), waitForPort(httpPort, Date.now() + 10_000)]),
      exited.then(() => {
        throw new Error(`nginx stopped: ${log}`);
      }),
    ]);
  } catch (error) {
    server.kill();
    throw error;
  }
  return {
    origin: `https://localhost:${httpsPort}`,
    plainOrigin: `http://localhost:${httpPort}`,
    certificate: readFileSync(certificateFile, 'utf8'),
    certificateFile,
    config,
    stop: async () => {
      // SIGQUIT: nginx's graceful shutdown of the master and its worker.
      server.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
