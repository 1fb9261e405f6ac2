/**
 * Escapes text for HTML content and attribute values. A carriage return is written as a
 * character reference because the HTML parser would otherwise turn "\r\n" into "\n", and the
 * page's text in the DOM must equal the input exactly.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "\r": "&#13;",
};
