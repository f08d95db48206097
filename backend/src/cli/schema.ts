import '../runtime';
import fs from 'node:fs';
import path from 'node:path';
import { printApiSchemas } from '../api-schema';

/** `node dist/cli/schema.js`: writes `shared/schema/{shop,admin}.graphql` for the code generator. */
async function main() {
    const outDir = path.resolve(__dirname, '../../../shared/schema');
    fs.mkdirSync(outDir, { recursive: true });
    const schemas = await printApiSchemas();
    for (const [api, sdl] of Object.entries(schemas)) {
        fs.writeFileSync(path.join(outDir, `${api}.graphql`), sdl);
        console.log(`shared/schema/${api}.graphql: ${sdl.length} characters`);
    }
}

main().then(
    () => process.exit(0),
    e => {
        console.error(e);
        process.exit(1);
    },
);
