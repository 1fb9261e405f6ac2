// The browser page's script. Bundle and serve it with
//
//   npm run build && npm run example:browser     (then open http://localhost:8000)
//
// In your own app, any bundler (Vite, esbuild, webpack) resolves `import … from "baoxun"`:
// the library has no Node built-ins and needs no fs.
import { extract, toHtml } from "baoxun";

const $ = (id) => document.getElementById(id);

function run() {
  const text = $("text").value;
  const referenceDate = $("date").value || undefined;
  try {
    const started = performance.now();
    const graph = extract(text, referenceDate ? { referenceDate } : {});
    const ms = (performance.now() - started).toFixed(1);
    $("status").textContent = `${graph.articles.length} articles, ${graph.persons.length} persons, ${graph.dates.length} dates in ${ms} ms`;
    $("view").srcdoc = toHtml(graph, text);
    window.baoxunGraph = graph; // for a look in the console
  } catch (error) {
    $("status").textContent = error.message;
  }
}

$("run").addEventListener("click", run);
run();
