import { statSync } from "node:fs";
import path from "node:path";

export interface Identity {
  uid: number;
  gid: number;
}

interface Ownership {
  mode: number;
  uid: number;
  gid: number;
}

/** Whether `who` may pass through a folder with this mode and ownership (its execute bit for them). */
export function canEnter(folder: Ownership, who: Identity): boolean {
  if (who.uid === 0) return true;
  if (folder.uid === who.uid) return (folder.mode & 0o100) !== 0;
  if (folder.gid === who.gid) return (folder.mode & 0o010) !== 0;
  return (folder.mode & 0o001) !== 0;
}

/**
 * The first existing folder on the way to `target` that `who` cannot enter, or null.
 * Folders that do not exist yet are skipped: whoever creates them decides their mode.
 */
export function firstClosedFolder(target: string, who: Identity): string | null {
  const absolute = path.resolve(target);
  const folders: string[] = [];
  for (let folder = absolute; ; folder = path.dirname(folder)) {
    folders.unshift(folder);
    if (path.dirname(folder) === folder) break;
  }
  for (const folder of folders) {
    let stats;
    try {
      stats = statSync(folder);
    } catch {
      return null;
    }
    if (stats.isDirectory() && !canEnter(stats, who)) return folder;
  }
  return null;
}
