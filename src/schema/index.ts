/**
 * `baoxun/schema`: the JSON Schema of the entity graph, as plain JSON data.
 *
 * @example
 * ```ts
 * import Ajv from "ajv";
 * import { entityGraphSchema } from "baoxun/schema";
 * const validate = new Ajv({ strict: false }).compile(entityGraphSchema);
 * validate(extract("本报讯（记者林晓东）3月20日上午，清河新区召开会议。")); // => true
 * ```
 */
import { EntityGraphSchema, SCHEMA_VERSION } from "./entity-graph.js";

/** The entity graph's JSON Schema (draft 2020-12 compatible, plain JSON). */
export const entityGraphSchema: Readonly<Record<string, unknown>> = JSON.parse(JSON.stringify(EntityGraphSchema));

export { SCHEMA_VERSION };
