/* Small DOM helpers. Data goes on the page with textContent only, never as HTML. */

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) { node.className = className; }
  if (text !== undefined && text !== null) { node.textContent = String(text); }
  return node;
}

/** A cell labelled for the narrow (phone) layout, holding a node or text. */
export function cell(row, label, content) {
  const td = el('td');
  td.setAttribute('data-label', label);
  if (content instanceof Node) { td.appendChild(content); } else if (content !== undefined && content !== null) { td.textContent = String(content); }
  row.appendChild(td);
  return td;
}

export function byId(id) { return document.getElementById(id); }

export function show(node, visible) { if (node) { node.hidden = !visible; } }

/** Empties a table's body and answers it. */
export function clearTable(table) {
  const body = (typeof table === 'string' ? byId(table) : table).tBodies[0];
  while (body.firstChild) { body.removeChild(body.firstChild); }
  return body;
}

export function plural(n, one, many) { return n === 1 ? one : many; }

/** A template's {field}s filled from an object; a missing field shows empty. */
export function fill(template, item) {
  return String(template).replace(/\{(\w+)\}/g, function (all, key) {
    const value = item ? item[key] : null;
    return value === undefined || value === null ? '' : String(value);
  });
}
