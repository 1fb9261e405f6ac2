/**
 * Schema 1.2.0 (additive over 1.1.0): `role.mentions`, each place a role is written. The published
 * JSON Schema, the one written to dist by scripts/write-schema-json.mjs, and the graph agree.
 */
import { existsSync, readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { extract, SCHEMA_VERSION } from "../../src/index.js";
import { entityGraphSchema } from "../../src/schema/index.js";

const validate = new Ajv({ strict: false }).compile(entityGraphSchema);
const role = (entityGraphSchema as { properties: { roles: { items: { required: string[]; properties: Record<string, unknown> } } } }).properties.roles.items;
const PAGE = "本报讯（记者周明远）习近平总书记强调，要坚持。总书记习近平指出，必须改革。";

describe("schema 1.2.0: role mentions", () => {
  it("is version 1.2.0, in the graph and in the schema", () => {
    expect(SCHEMA_VERSION).toBe("1.2.0");
    expect(extract(PAGE).schemaVersion).toBe("1.2.0");
    expect((entityGraphSchema as { properties: { schemaVersion: { const: string } } }).properties.schemaVersion.const).toBe("1.2.0");
  });

  it("keeps every role field of 1.1.0 and requires mentions (additive)", () => {
    expect([...role.required].sort()).toEqual(["articleId", "id", "mentions", "organizationId", "personId", "qualifiers", "rule", "span", "text", "title"]);
    expect(role.properties.mentions).toMatchObject({ type: "array", minItems: 1, items: { required: ["text", "span", "articleId"] } });
  });

  it("validates a graph with mentions and rejects a role without them", () => {
    const graph = extract(PAGE);
    expect(graph.roles.map((r) => r.mentions.length)).toEqual([2]);
    expect(validate(graph)).toBe(true);
    const withoutMentions = { ...graph, roles: graph.roles.map(({ mentions: _, ...r }) => r) };
    expect(validate(withoutMentions)).toBe(false);
    const noMention = { ...graph, roles: graph.roles.map((r) => ({ ...r, mentions: [] })) };
    expect(validate(noMention)).toBe(false);
  });

  // The file is written by the build (npm test builds first); without dist, there is nothing to compare.
  const built = new URL("../../dist/entity-graph.schema.json", import.meta.url);
  it.skipIf(!existsSync(built))("is what the build writes to baoxun/schema.json", () => {
    expect(JSON.parse(readFileSync(built, "utf8"))).toEqual(entityGraphSchema);
  });
});
