// A loopback fake of the GitHub REST API calls the Action makes: issue comments listed page by page
// (per_page ≤ 100, `Link` headers as GitHub sends them), created, updated. It checks the token,
// rejects bodies over 65,536 characters (422) and can play a read-only token (403 on writes, as for
// a pull request from a fork) or a flaky server (a number of 502s before answering).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
}

export class FakeGitHubApi {
  readonly comments: FakeComment[] = [];
  readonly requests: RecordedRequest[] = [];
  /** Writes answer 403 "Resource not accessible by integration". */
  readOnly = false;
  /** The next this-many requests answer 502. */
  failNext = 0;
  token = 'test-token';
  private server: Server;
  private nextId = 1000;

  readonly owner: string;
  readonly repo: string;

  constructor(owner: string, repo: string) {
    this.owner = owner;
    this.repo = repo;
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        json(res, 500, { message: String(err) });
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => { r(); }));
  }

  /** Adds comments by other users (so the sticky comment has to be found past page 1). */
  seed(issue: number, count: number): void {
    for (let i = 0; i < count; i++) this.add(issue, `an unrelated comment ${i}`, 'someone');
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  private add(issue: number, body: string, login: string): FakeComment {
    const now = new Date().toISOString();
    const c: FakeComment = { id: this.nextId++, issue, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }, created_at: now, updated_at: now };
    this.comments.push(c);
    return c;
  }

  private view(c: FakeComment) {
    return { ...c, html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`, url: `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${c.id}` };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const query = Object.fromEntries(url.searchParams);
    this.requests.push({ method: req.method ?? '', path: url.pathname, query, authorization: req.headers.authorization });
    const body = await readJson(req);
    if (this.failNext > 0) {
      this.failNext--;
      json(res, 502, { message: 'Server Error' });
      return;
    }
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      json(res, 401, { message: 'Bad credentials' });
      return;
    }
    // The workflow token cannot say whose it is (an installation token), as on GitHub.
    if (url.pathname === '/user' && req.method === 'GET') {
      json(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' });
      return;
    }
    const base = `/repos/${this.owner}/${this.repo}`;
    const list = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(url.pathname);
    const one = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(url.pathname);
    const write = req.method === 'POST' || req.method === 'PATCH';
    if (write && this.readOnly) {
      json(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' });
      return;
    }
    if (write && typeof body?.body === 'string' && body.body.length > 65_536) {
      json(res, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] });
      return;
    }
    if (list && req.method === 'GET') {
      const issue = Number(list[1]);
      const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30)));
      const page = Math.max(1, Number(query.page ?? 1));
      const all = this.commentsOn(issue);
      const pages = Math.max(1, Math.ceil(all.length / perPage));
      const links: string[] = [];
      const link = (p: number, rel: string) => `<${this.url}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
      if (page < pages) links.push(link(page + 1, 'next'), link(pages, 'last'));
      if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
      json(res, 200, all.slice((page - 1) * perPage, page * perPage).map((c) => this.view(c)), links.length ? { link: links.join(', ') } : {});
      return;
    }
    if (list && req.method === 'POST') {
      if (typeof body?.body !== 'string') {
        json(res, 422, { message: 'Validation Failed' });
        return;
      }
      json(res, 201, this.view(this.add(Number(list[1]), body.body, 'github-actions[bot]')));
      return;
    }
    if (one && req.method === 'PATCH') {
      const c = this.comments.find((x) => x.id === Number(one[1]));
      if (!c) {
        json(res, 404, { message: 'Not Found' });
        return;
      }
      if (typeof body?.body !== 'string') {
        json(res, 422, { message: 'Validation Failed' });
        return;
      }
      c.body = body.body;
      c.updated_at = new Date().toISOString();
      json(res, 200, this.view(c));
      return;
    }
    json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }
}

async function readJson(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}
