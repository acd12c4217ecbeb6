// The files an ingest run covers: each path given, folders walked recursively in sorted
// order so two runs over the same tree see the same sequence. Hidden files and folders
// (".git", ".DS_Store", Word's "~$" lock files, Thumbs.db) are not documents and are skipped.

import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface WalkedPath {
  path: string;
  /** Set when the path cannot be walked (missing, unreadable); the run reports it as a failure. */
  problem?: { code: 'FILE_NOT_FOUND' | 'FILE_UNREADABLE'; message: string };
}

/** Files the operating system leaves in folders copied from Windows. */
const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini']);

function isHidden(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || SYSTEM_FILES.has(name.toLowerCase());
}

async function walkFolder(folder: string, seen: Set<string>, out: WalkedPath[]): Promise<void> {
  const real = await realpath(folder);
  if (seen.has(real)) return; // a symbolic link back up the tree
  seen.add(real);
  const entries = (await readdir(folder, { withFileTypes: true })).filter((entry) => !isHidden(entry.name));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    try {
      // Only links need a stat to say what they point at.
      const kind = entry.isSymbolicLink() ? await stat(path) : entry;
      if (kind.isDirectory()) await walkFolder(path, seen, out);
      else if (kind.isFile()) out.push({ path });
    } catch (error) {
      out.push({ path, problem: problemOf(path, error) });
    }
  }
}

function problemOf(path: string, error: unknown): NonNullable<WalkedPath['problem']> {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? { code: 'FILE_NOT_FOUND', message: `${path}: does not exist` }
    : { code: 'FILE_UNREADABLE', message: `${path}: cannot be read (${code ?? String(error)})` };
}

/** Every file under the given paths; a path named explicitly is kept even if hidden. */
export async function walkPaths(paths: readonly string[]): Promise<WalkedPath[]> {
  const out: WalkedPath[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walkFolder(path, seen, out);
      else out.push({ path });
    } catch (error) {
      out.push({ path, problem: problemOf(path, error) });
    }
  }
  return out;
}

