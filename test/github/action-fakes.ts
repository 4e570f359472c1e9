// Memory implementations of the Action's adapters for runAction tests: a recording IO, a one-entry-
// per-key cache that extracts to the workspace like @actions/cache, and an issue comments API.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CacheClient } from '../../src/baseline/cache-store.ts';
import type { IssueComment, IssueCommentsApi } from '../../src/github/comment.ts';
import type { ActionIO } from '../../src/github/io.ts';

export function recordingIO() {
  const log: string[] = [];
  const outputs: Record<string, string> = {};
  let summary = '';
  let failed: string | undefined;
  const io: ActionIO = {
    info: (m) => log.push(m),
    notice: (m) => log.push(`NOTICE ${m}`),
    warning: (m) => log.push(`WARNING ${m}`),
    error: (m) => log.push(`ERROR ${m}`),
    startGroup: (n) => log.push(`GROUP ${n}`),
    endGroup: () => log.push('ENDGROUP'),
    setSecret: (s) => log.push(`SECRET ${s.length}`),
    setOutput: (n, v) => void (outputs[n] = v),
    appendSummary: (md) => void (summary += md),
    setFailed: (m) => void (failed = m),
  };
  return { io, log, outputs, get summary() { return summary; }, get failed() { return failed; } };
}

/** A one-entry-per-key memory cache that extracts to the workspace like @actions/cache. */
export function memoryCache(workspace: string) {
  const entries: Array<{ key: string; content: string }> = [];
  const client: CacheClient = {
    async restoreCache(paths, primary, restoreKeys) {
      const hit = entries.find((e) => e.key === primary) ?? restoreKeys.map((p) => entries.filter((e) => e.key.startsWith(p)).at(-1)).find(Boolean);
      if (!hit) return undefined;
      await mkdir(dirname(join(workspace, paths[0]!)), { recursive: true });
      await writeFile(join(workspace, paths[0]!), hit.content);
      return hit.key;
    },
    async saveCache(paths, key) {
      if (entries.some((e) => e.key === key)) return -1;
      entries.push({ key, content: await readFile(join(workspace, paths[0]!), 'utf8') });
      return entries.length;
    },
  };
  return { client, entries };
}

export function memoryComments() {
  const comments: IssueComment[] = [];
  const api: IssueCommentsApi = {
    listComments: (_i, page, per) => Promise.resolve(comments.slice((page - 1) * per, page * per)),
    createComment: (_i, body) => {
      const c = { id: comments.length + 1, body, html_url: `https://x/c/${comments.length + 1}`, user: { login: 'github-actions[bot]', type: 'Bot' } };
      comments.push(c);
      return Promise.resolve(c);
    },
    updateComment: (id, body) => Promise.resolve(Object.assign(comments.find((c) => c.id === id)!, { body })),
  };
  return { api, comments };
}
