/* Fixing rows in a preview without going back to the spreadsheet: each row's suggestions with an
   Apply button, its cells editable in place, and "Check again", which posts what was changed as
   corrections and hands the new preview's id back. What is pending lives here, keyed by row
   number, so it survives paging through the rows. */
import { api, call, problem } from './http.js';
import { byId, el, plural, show } from './dom.js';

/**
 * Wires the fix bar. onChecked(answer, fromId) is called with the corrections' 202 answer
 * ({id, status, dryRun, correctedFrom}) once the server has started the corrected preview.
 */
export function setupFixes(onChecked) {
  const bar = byId('fix-bar');
  const summary = byId('fix-summary');
  const applyAll = byId('apply-all');
  const checkAgain = byId('check-again');
  const discard = byId('discard-fixes');
  const error = byId('fix-error');
  let previewId = null;
  let acceptAll = false;
  let suggestionsSeen = false;
  const edits = new Map(); // "row\ncolumn" -> {row, column, value}
  const matches = new Map(); // row -> personId
  const redraws = new Map(); // row -> function that redraws the row's fix area after a change elsewhere

  applyAll.addEventListener('click', function () {
    acceptAll = !acceptAll;
    changed();
  });
  discard.addEventListener('click', function () {
    acceptAll = false;
    edits.clear();
    matches.clear();
    changed();
  });
  checkAgain.addEventListener('click', check);

  function key(row, column) { return row + '\n' + column; }

  function pendingCount() { return edits.size + matches.size; }

  function changed() {
    redraws.forEach(function (redraw) { redraw(); });
    status();
  }

  function status() {
    applyAll.setAttribute('aria-pressed', acceptAll ? 'true' : 'false');
    applyAll.textContent = acceptAll ? 'All suggestions applied' : 'Apply all suggestions';
    show(applyAll, suggestionsSeen || acceptAll);
    const n = pendingCount();
    const parts = [];
    if (acceptAll) { parts.push('every suggestion of the file'); }
    const applied = Array.from(matches.keys()).length;
    if (applied) { parts.push(applied + plural(applied, ' person matched', ' people matched')); }
    if (edits.size) { parts.push(edits.size + plural(edits.size, ' cell changed', ' cells changed')); }
    summary.textContent = parts.length
      ? 'Ready to check again: ' + parts.join(', ') + '. The uploaded file stays as it was; the check makes a new preview.'
      : 'Apply the suggestions or edit the cells of the rows below, then check again.';
    checkAgain.disabled = !acceptAll && n === 0;
    discard.disabled = !acceptAll && n === 0;
  }

  function check() {
    show(error, false);
    const body = {};
    if (acceptAll) { body.acceptSuggestions = true; }
    if (edits.size) { body.cells = Array.from(edits.values()); }
    if (matches.size) {
      body.matches = Array.from(matches.entries()).map(function (m) { return { row: m[0], personId: m[1] }; });
    }
    const from = previewId;
    checkAgain.disabled = true;
    call('POST', api('/promotions/' + encodeURIComponent(from) + '/corrections'), JSON.stringify(body)).then(function (res) {
      if (!res.ok || !res.data || res.data.id === undefined) {
        checkAgain.disabled = false;
        error.textContent = 'The corrections were not checked: ' + problem(res);
        show(error, true);
        error.focus();
        return;
      }
      onChecked(res.data, from);
    });
  }

  /** A new preview on screen: nothing pending; the bar shows when the preview has rows to fix. */
  function reset(id, visible) {
    previewId = id;
    acceptAll = false;
    suggestionsSeen = false;
    edits.clear();
    matches.clear();
    redraws.clear();
    show(error, false);
    show(bar, visible);
    status();
  }

  function hide() { previewId = null; show(bar, false); redraws.clear(); }

  /** Rows left the screen (paging): their redraws go with them. */
  function forget() { redraws.clear(); }

  function isApplied(r, s) {
    if (acceptAll) { return true; }
    if (s.personId !== undefined && s.personId !== null) { return matches.get(r.row) === s.personId; }
    const e = edits.get(key(r.row, s.column));
    return !!e && e.value === s.value;
  }

  function toggle(r, s, original) {
    if (s.personId !== undefined && s.personId !== null) {
      if (matches.get(r.row) === s.personId) { matches.delete(r.row); } else { matches.set(r.row, s.personId); }
    } else if (isApplied(r, s)) {
      edits.delete(key(r.row, s.column));
    } else {
      setEdit(r.row, s.column, original(s.column), s.value);
    }
    changed();
  }

  function setEdit(row, column, original, value) {
    if (value === original) { edits.delete(key(row, column)); } else { edits.set(key(row, column), { row: row, column: column, value: value }); }
  }

  /**
   * What a row of a preview offers to fix it: its suggestions, its corrections so far and its
   * cells, editable. Answers null for a row with nothing to show.
   */
  function fixArea(r) {
    const suggestions = Array.isArray(r.suggestions) ? r.suggestions : [];
    const corrections = Array.isArray(r.corrections) ? r.corrections : [];
    const editable = previewId !== null && (r.result === 'failed' || suggestions.length > 0);
    // A preview whose only fixes are suggestions on warned rows still needs the bar to check them.
    if (suggestions.length && previewId !== null) { suggestionsSeen = true; show(applyAll, true); show(bar, true); }
    if (!editable && !corrections.length) { return null; }
    const box = el('div', 'fix');
    const cells = cellsOf(r) || {};
    const canEdit = editable && cellsOf(r) !== null;
    function original(column) { return Object.prototype.hasOwnProperty.call(cells, column) ? cells[column] : ''; }
    function draw() {
      while (box.firstChild) { box.removeChild(box.firstChild); }
      if (corrections.length) { box.appendChild(correctionList(corrections)); }
      if (suggestions.length && previewId !== null) { box.appendChild(suggestionList(r, suggestions, original)); }
      if (canEdit) { box.appendChild(cellEditor(r, cells, corrections, box)); }
    }
    draw();
    if (editable) {
      redraws.set(r.row, function () {
        // Keep an open cell list open, and the focus where it was, across a redraw.
        const details = box.querySelector('details');
        const wasOpen = details && details.open;
        const focused = document.activeElement && box.contains(document.activeElement) ? document.activeElement.id : null;
        draw();
        const again = box.querySelector('details');
        if (again && wasOpen) { again.open = true; }
        if (focused && byId(focused)) { byId(focused).focus(); }
      });
    }
    return box;
  }

  function suggestionList(r, suggestions, original) {
    const list = el('ul', 'suggestions');
    suggestions.forEach(function (s, i) {
      const li = el('li', 'suggestion');
      li.appendChild(el('span', 'suggestion-text', s.message || (s.column + ': ' + s.value)));
      const button = el('button', 'apply small-button');
      button.type = 'button';
      button.id = 'apply-' + r.row + '-' + i;
      const applied = isApplied(r, s);
      button.textContent = applied ? 'Applied' : 'Apply';
      button.setAttribute('aria-pressed', applied ? 'true' : 'false');
      button.setAttribute('aria-label', (applied ? 'Applied on row ' : 'Apply on row ') + r.row + ': ' + (s.message || s.value));
      button.disabled = acceptAll;
      if (applied) { li.classList.add('applied'); }
      button.addEventListener('click', function () { toggle(r, s, original); });
      li.appendChild(document.createTextNode(' '));
      li.appendChild(button);
      list.appendChild(li);
    });
    return list;
  }

  /** The row's cells, each a button that turns into a text field in place: Enter keeps, Escape cancels. */
  function cellEditor(r, cells, corrections, box) {
    const details = el('details', 'cells');
    const summaryLine = el('summary', null, 'Edit the cells of row ' + r.row);
    details.appendChild(summaryLine);
    const corrected = {};
    corrections.forEach(function (c) { corrected[c.column] = c; });
    const list = el('ul', 'cell-list');
    Object.keys(cells).forEach(function (column, i) {
      const li = el('li', 'cell-item');
      const name = el('span', 'cell-name', column);
      name.id = 'cell-name-' + r.row + '-' + i;
      li.appendChild(name);
      const button = el('button', 'cell-value');
      button.type = 'button';
      button.id = 'cell-' + r.row + '-' + i;
      li.appendChild(button);
      function value() {
        const e = edits.get(key(r.row, column));
        return e ? e.value : cells[column];
      }
      function label() {
        const e = edits.get(key(r.row, column));
        const v = value();
        button.textContent = v === '' ? '(empty)' : v;
        button.setAttribute('aria-label', 'Row ' + r.row + ', ' + column + ': ' + (v === '' ? 'empty' : v)
          + (e ? ', changed' : corrected[column] ? ', corrected' : '') + '. Press Enter to edit.');
        li.classList.toggle('edited', !!e);
        li.classList.toggle('changed', !e && !!corrected[column]);
      }
      label();
      if (corrected[column]) {
        const mark = el('span', 'changed-mark', 'corrected, was ' + quote(corrected[column].from));
        li.appendChild(mark);
      }
      button.addEventListener('click', function () {
        const input = el('input', 'cell-input');
        input.type = 'text';
        input.id = button.id + '-input';
        input.value = value();
        input.setAttribute('aria-label', 'Row ' + r.row + ', ' + column);
        input.setAttribute('aria-describedby', 'cell-edit-hint');
        li.replaceChild(input, button);
        input.focus();
        input.select();
        let done = false;
        function finish(keep, refocus) {
          if (done) { return; }
          done = true;
          if (keep) { setEdit(r.row, column, cells[column], input.value); }
          if (input.parentNode === li) { li.replaceChild(button, input); }
          label();
          status();
          if (refocus) { button.focus(); }
          // A suggestion on this cell is applied or not depending on the value now.
          const redraw = redraws.get(r.row);
          if (keep && redraw && box.querySelector('.suggestions')) {
            redraw();
            if (refocus && byId(button.id)) { byId(button.id).focus(); }
          }
        }
        input.addEventListener('keydown', function (event) {
          if (event.key === 'Enter') { event.preventDefault(); finish(true, true); }
          if (event.key === 'Escape') { event.preventDefault(); event.stopPropagation(); finish(false, true); }
        });
        input.addEventListener('blur', function () { finish(true, false); });
      });
      list.appendChild(li);
    });
    details.appendChild(list);
    // A row with a change pending stays open, so what was changed is in sight.
    if (Array.from(edits.keys()).some(function (k) { return k.indexOf(r.row + '\n') === 0; })) { details.open = true; }
    return details;
  }

  return { reset: reset, hide: hide, forget: forget, fixArea: fixArea };
}

/**
 * The row's cells as the file has them, from the server; null for a row stored without them (a
 * preview made before rows kept their cells), which then offers its suggestions only: an editor
 * showing blanks for cells that are not blank would mislead.
 */
function cellsOf(r) {
  if (!r.cells || typeof r.cells !== 'object' || Array.isArray(r.cells)) { return null; }
  const out = {};
  Object.keys(r.cells).forEach(function (c) { out[c] = r.cells[c] === null || r.cells[c] === undefined ? '' : String(r.cells[c]); });
  return out;
}

/** Each correction of a row, as "column: was → now". */
function correctionList(corrections) {
  const list = el('ul', 'corrections');
  corrections.forEach(function (c) {
    const li = el('li', 'correction');
    li.appendChild(el('span', 'correction-label', 'Corrected'));
    li.appendChild(document.createTextNode(' ' + c.column + ': '));
    li.appendChild(el('del', null, quote(c.from)));
    li.appendChild(el('span', 'arrow', ' → '));
    li.appendChild(el('ins', null, quote(c.to)));
    list.appendChild(li);
  });
  return list;
}

function quote(value) {
  return value === null || value === undefined || value === '' ? '(empty)' : '“' + value + '”';
}
