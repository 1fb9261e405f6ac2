// A notebook-friendly example: plain ESM with top-level await, one idea per cell.
// Runs as is with `node examples/notebook.mjs` (after npm run build), in a tslab (Jupyter) cell,
// or in a Deno notebook cell with the import written `from "npm:baoxun"`.
import { extract, toCsv, toNodeLink } from "baoxun";

// ── cell 1: a page (invented text) ──────────────────────────────────────────────────────────
const text = `清河新区召开安全生产会议

本报讯（记者林晓东 通讯员白露）3月20日上午，清河新区召开安全生产工作会议。区应急管理局局长周明远出席会议并讲话。
`;

// ── cell 2: the graph ───────────────────────────────────────────────────────────────────────
const graph = extract(text, { referenceDate: "2026-03-21" });
console.table(graph.persons.map((p) => ({ id: p.id, name: p.name, mentions: p.mentions.length })));
console.table(graph.dates.map((d) => ({ text: d.text, value: d.value, partOfDay: d.partOfDay, inferred: d.inferred.join(",") })));

// ── cell 3: who holds which office ──────────────────────────────────────────────────────────
const name = (id) => graph.persons.find((p) => p.id === id)?.name;
const org = (id) => graph.organizations.find((o) => o.id === id)?.name ?? "";
console.table(graph.roles.map((r) => ({ person: name(r.personId), title: r.title, organization: org(r.organizationId) })));

// ── cell 4: hand over to pandas or a graph library ──────────────────────────────────────────
// pandas: pd.read_csv(io.StringIO(credits_csv)); graphology: Graph.from(toGraphology(graph)).
const credits_csv = toCsv(graph).credits;
console.log(credits_csv);
const { nodes, edges } = toNodeLink(graph);
console.log(`${nodes.length} nodes, ${edges.length} edges`);
