import fs from 'node:fs';
import path from 'node:path';

/**
 * The backend package's folder, found by walking up to `package.json`: files read at run
 * time (mail templates) sit under `src/`, and `src/…` and `dist/…` are at the same depth,
 * so this works from either.
 */
export function packageRoot(from: string): string {
    let dir = from;
    while (!fs.existsSync(path.join(dir, 'package.json'))) {
        const parent = path.dirname(dir);
        if (parent === dir) throw new Error(`No package.json above ${from}`);
        dir = parent;
    }
    return dir;
}
