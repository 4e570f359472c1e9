// A loopback fake of the GitHub Actions cache service v2, speaking the wire protocol @actions/cache 6
// uses: Twirp JSON (`/twirp/github.actions.results.api.v1.CacheService/<Method>`, proto field names)
// plus a blob endpoint standing in for Azure Blob Storage (single-shot PUT with
// `x-ms-blob-type: BlockBlob`, or `comp=block` + `comp=blocklist`; plain GET to download).
//
// It enforces what GitHub enforces:
// - keys are immutable: one key + version per scope can be created once (409 already_exists);
// - branch scoping: the runtime token (a JWT whose `ac` claim lists scopes, as the runner's does)
//   says where the run writes (the first scope with write permission) and what it may read; entries
//   written by a pull request's ref are invisible to every other ref;
// - restore: for each readable scope in order, the exact key, then each restore key as a prefix,
//   newest entry first; only finalized entries of the same version match.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  scope: string;
  createdAt: number;
  finalized: boolean;
  data?: Buffer;
}

export interface TokenScope {
  Scope: string;
  /** 1 read, 2 write, 3 read + write (as in the runner's token). */
  Permission: number;
}

/** A runtime token shaped like the runner's: an unsigned JWT with the cache scopes in `ac`. */
export function runtimeToken(scopes: TokenScope[]): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${b64({ typ: 'JWT', alg: 'none' })}.${b64({ ac: JSON.stringify(scopes), iss: 'fake' })}.sig`;
}

/** Scopes of a push (or schedule, workflow_dispatch) run on a branch. */
export function branchScopes(branch: string): TokenScope[] {
  return [{ Scope: `refs/heads/${branch}`, Permission: 3 }];
}

/** Scopes of a pull request run: its own merge ref (read + write), the base and default branch (read). */
export function pullRequestScopes(pr: number, base: string, defaultBranch: string): TokenScope[] {
  const scopes: TokenScope[] = [{ Scope: `refs/pull/${pr}/merge`, Permission: 3 }, { Scope: `refs/heads/${base}`, Permission: 1 }];
  if (defaultBranch !== base) scopes.push({ Scope: `refs/heads/${defaultBranch}`, Permission: 1 });
  return scopes;
}

export type CacheMode = 'ok' | 'hang';

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  scopes: string[];
}

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';

export class FakeCacheService {
  readonly entries: CacheEntry[] = [];
  readonly calls: RecordedCall[] = [];
  mode: CacheMode = 'ok';
  /** Methods that answer with this HTTP status (a Twirp error) instead of working, e.g. a 503 on reads only. */
  failing: Partial<Record<string, number>> = {};
  private server: Server;
  private nextId = 1;
  private clock = 0;
  private blocks = new Map<number, Map<string, Buffer>>();
  private hanging = new Set<ServerResponse>();

  constructor() {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 'internal', msg: String(err) }));
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => { r(); }));
  }

  /** Entries visible to a reader with these scopes, as the service would list them. */
  visible(scopes: string[]): CacheEntry[] {
    return this.entries.filter((e) => e.finalized && scopes.includes(e.scope));
  }

  /** Plants an entry (e.g. a corrupted archive) as if a run of `scope` had saved it. */
  plant(key: string, version: string, scope: string, data: Buffer): CacheEntry {
    const entry: CacheEntry = { id: this.nextId++, key, version, scope, createdAt: ++this.clock, finalized: true, data };
    this.entries.push(entry);
    return entry;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    if (this.mode === 'hang') {
      // A service that accepted the connection and never answers.
      this.hanging.add(res);
      return;
    }
    if (url.pathname.startsWith('/blob/')) {
      this.blob(req, res, url, body);
      return;
    }
    if (req.method !== 'POST' || !url.pathname.startsWith(SERVICE)) {
      twirpError(res, 404, 'bad_route', `no route ${req.method} ${url.pathname}`);
      return;
    }
    const scopes = scopesOf(req.headers.authorization);
    if (!scopes) {
      twirpError(res, 401, 'unauthenticated', 'missing or malformed runtime token');
      return;
    }
    let request: Record<string, unknown>;
    try {
      request = JSON.parse(body.toString('utf8'));
    } catch {
      twirpError(res, 400, 'malformed', 'body is not JSON');
      return;
    }
    const method = url.pathname.slice(SERVICE.length);
    this.calls.push({ method, body: request, scopes: scopes.map((s) => s.Scope) });
    const status = this.failing[method];
    if (status !== undefined) {
      twirpError(res, status, status === 503 ? 'unavailable' : 'internal', `injected failure of ${method}`);
      return;
    }
    const key = typeof request.key === 'string' ? request.key : '';
    const version = typeof request.version === 'string' ? request.version : '';
    switch (method) {
      case 'CreateCacheEntry': {
        const writeScope = scopes.find((s) => (s.Permission & 2) !== 0);
        if (!writeScope) {
          json(res, 200, { ok: false, message: 'cache write denied: token is read-only' });
          return;
        }
        if (!key || !version) {
          twirpError(res, 400, 'invalid_argument', 'key and version are required');
          return;
        }
        if (this.entries.some((e) => e.key === key && e.version === version && e.scope === writeScope.Scope)) {
          twirpError(res, 409, 'already_exists', 'cache entry with the same key, version, and scope already exists');
          return;
        }
        const entry: CacheEntry = { id: this.nextId++, key, version, scope: writeScope.Scope, createdAt: ++this.clock, finalized: false };
        this.entries.push(entry);
        json(res, 200, { ok: true, signed_upload_url: `${this.url}blob/${entry.id}?sig=upload&sv=2025-01-05` });
        return;
      }
      case 'FinalizeCacheEntryUpload': {
        const writeScope = scopes.find((s) => (s.Permission & 2) !== 0);
        const entry = this.entries.find((e) => e.key === key && e.version === version && e.scope === writeScope?.Scope && !e.finalized);
        if (!entry || !entry.data) {
          json(res, 200, { ok: false, message: `no upload in progress for key ${key}` });
          return;
        }
        if (String(entry.data.length) !== String(request.size_bytes)) {
          json(res, 200, { ok: false, message: `size mismatch: uploaded ${entry.data.length}, declared ${JSON.stringify(request.size_bytes)}` });
          return;
        }
        entry.finalized = true;
        entry.createdAt = ++this.clock;
        json(res, 200, { ok: true, entry_id: String(entry.id) });
        return;
      }
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(request.restore_keys) ? request.restore_keys.map(String) : [];
        const readable = scopes.filter((s) => (s.Permission & 1) !== 0).map((s) => s.Scope);
        for (const scope of readable) {
          const inScope = this.entries.filter((e) => e.finalized && e.scope === scope && e.version === version);
          const exact = inScope.find((e) => e.key === key);
          const found =
            exact ??
            restoreKeys
              .map((prefix) => inScope.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.createdAt - a.createdAt)[0])
              .find((e) => e !== undefined);
          if (found) {
            json(res, 200, { ok: true, signed_download_url: `${this.url}blob/${found.id}?sig=download`, matched_key: found.key });
            return;
          }
        }
        json(res, 200, { ok: false });
        return;
      }
      default:
        twirpError(res, 404, 'bad_route', `no method ${method}`);
        return;
    }
  }

  private blob(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    const id = Number(url.pathname.slice('/blob/'.length));
    const entry = this.entries.find((e) => e.id === id);
    if (!entry) return void res.writeHead(404).end();
    const comp = url.searchParams.get('comp');
    const azureHeaders = { 'x-ms-request-id': `req-${id}`, 'x-ms-version': '2025-01-05', etag: `"0x${id}"`, 'last-modified': new Date().toUTCString() };
    if (req.method === 'PUT') {
      if (url.searchParams.get('sig') !== 'upload' || entry.finalized) return void res.writeHead(403, azureHeaders).end();
      if (comp === 'block') {
        const blocks = this.blocks.get(id) ?? new Map<string, Buffer>();
        blocks.set(url.searchParams.get('blockid') ?? '', body);
        this.blocks.set(id, blocks);
        return void res.writeHead(201, azureHeaders).end();
      }
      if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((m) => m[1]!);
        const blocks = this.blocks.get(id) ?? new Map<string, Buffer>();
        entry.data = Buffer.concat(ids.map((b) => blocks.get(b) ?? Buffer.alloc(0)));
        return void res.writeHead(201, azureHeaders).end();
      }
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') return void res.writeHead(400, azureHeaders).end();
      entry.data = body;
      return void res.writeHead(201, { ...azureHeaders, 'content-md5': '' }).end();
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (!entry.finalized || !entry.data) return void res.writeHead(404).end();
      res.writeHead(200, { ...azureHeaders, 'content-type': 'application/octet-stream', 'content-length': String(entry.data.length) });
      return void res.end(req.method === 'GET' ? entry.data : undefined);
    }
    res.writeHead(405).end();
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => { resolve(Buffer.concat(chunks)); });
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function twirpError(res: ServerResponse, status: number, code: string, msg: string): void {
  json(res, status, { code, msg });
}

function scopesOf(authorization: string | undefined): TokenScope[] | undefined {
  const m = /^Bearer (.+)$/.exec(authorization ?? '');
  if (!m) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(m[1]!.split('.')[1] ?? '', 'base64url').toString('utf8'));
    const scopes = JSON.parse(payload.ac);
    return Array.isArray(scopes) ? scopes : undefined;
  } catch {
    return undefined;
  }
}
