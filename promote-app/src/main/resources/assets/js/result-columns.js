/* The extensions' columns of a preview's or promotion's rows, drawn from what each extension
   says about itself (the server puts it in #promotion's data-extensions): which fields of a
   row's result to show, and how. */
import { cell, el, fill } from './dom.js';

const SHOWN = {
  TEXT: function (value) { return [document.createTextNode(String(value))]; },
  LIST: function (value) { return [document.createTextNode((Array.isArray(value) ? value : []).join(', '))]; },
  PAIRS: function (value) {
    return Object.keys(value || {}).map(function (name) {
      const kv = el('span', 'kv');
      kv.appendChild(el('span', null, name));
      kv.appendChild(document.createTextNode(' ' + value[name]));
      return kv;
    });
  },
  LINES: function (value, field) {
    return (Array.isArray(value) ? value : []).map(function (item) { return el('div', field.muted ? 'muted' : null, fill(field.template, item)); });
  },
  LINE: function (value, field) {
    return value && typeof value === 'object' ? [el('div', field.muted ? 'muted' : null, fill(field.template, value))] : [];
  }
};

function hasLines(column) {
  return column.fields.some(function (f) { return f.shown === 'LINES' || f.shown === 'LINE'; });
}

/** Adds the column's cell for row result r; a failed row created nothing, so shows nothing. */
export function resultCell(tr, r, column) {
  const lines = hasLines(column);
  const box = el('div', lines ? 'small' : null);
  if (r.result !== 'failed') {
    column.fields.forEach(function (field) {
      const value = r[field.key];
      const draw = SHOWN[field.shown];
      if (draw && value !== undefined && value !== null) {
        draw(value, field).forEach(function (node) { box.appendChild(node); });
      }
    });
  }
  cell(tr, column.title, box).className = 'col-' + column.id + (lines ? ' lines' : '');
}

/** What the server said about the installed extensions: "Read as" labels and row columns. */
export function extensionsOf(section) {
  let data = null;
  try { data = JSON.parse(section.getAttribute('data-extensions') || 'null'); } catch (e) { data = null; }
  return {
    readAs: data && data.readAs ? data.readAs : {},
    resultColumns: data && Array.isArray(data.resultColumns) ? data.resultColumns : []
  };
}
