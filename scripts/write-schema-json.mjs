// Writes dist/entity-graph.schema.json (the `baoxun/schema.json` export) from the built schema module.
import { writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "../dist");
const { entityGraphSchema } = await import(pathToFileURL(resolve(dist, "schema.js")).href);
writeFileSync(resolve(dist, "entity-graph.schema.json"), `${JSON.stringify(entityGraphSchema, null, 2)}\n`);
