/* The Migrations tab: upload, preview, fix rows, promote, progress, per-row results, recent uploads. */
import { api, call, problem, upload } from './http.js';
import { byId, cell, clearTable, el, show } from './dom.js';
import { extensionsOf, resultCell } from './result-columns.js';
import { setupUndo } from './undo.js';
import { setupFixes } from './fix-rows.js';

const RESULT_LABELS = { promoted: 'promoted', would_promote: 'would promote', failed: 'failed', skipped: 'skipped' };
const CORE_READ_AS = { core: 'Person field', ignored: 'Ignored' };
/* Rows drawn at a time: a preview of 100,000 rows is paged, never drawn whole. */
const ROWS_SHOWN = 100;

export function setupMigrations() {
  const form = byId('upload-form');
  if (!form) { return; }
  const fileInput = byId('file');
  const emails = byId('send-emails');
  const error = byId('upload-error');
  const section = byId('promotion');
  const extensions = extensionsOf(section);
  const readAs = Object.assign({}, extensions.readAs, CORE_READ_AS);
  const buttons = [byId('preview-button'), byId('promote-button'), byId('promote-from-preview')];
  let current = null; // {id, dryRun, sendEmails, correctedFrom, view}
  let pollTimer = null;

  function busy(on) { buttons.forEach(function (b) { if (b) { b.disabled = on; } }); }
  function fail(message) { error.textContent = message; show(error, true); }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    const submitter = event.submitter;
    start(!submitter || submitter.value !== 'false');
  });
  byId('promote-from-preview').addEventListener('click', runPreview);
  byId('filter-failed').addEventListener('change', function () { if (current) { loadRows(true); } });
  byId('rows-next').addEventListener('click', function () { turnPage(1); });
  byId('rows-prev').addEventListener('click', function () { turnPage(-1); });
  byId('send-onboarding').addEventListener('click', sendOnboarding);
  const undo = setupUndo(function () { return current; }, loadRecent);
  const fixes = setupFixes(function (answer, from) {
    follow({ id: answer.id, dryRun: true, sendEmails: emails.checked, correctedFrom: answer.correctedFrom || from });
  });

  /** Follows a promotion already on the server (from the recent list, or the page's #promotion-N). */
  function open(id) {
    show(error, false);
    if (pollTimer) { clearTimeout(pollTimer); }
    call('GET', api('/promotions/' + encodeURIComponent(id) + '?result=failed')).then(function (res) {
      if (!res.ok || !res.data) { fail(problem(res)); return; }
      follow({ id: res.data.id, dryRun: !!res.data.dryRun, sendEmails: !!res.data.sendOnboardingEmails,
        correctedFrom: res.data.correctedFrom || null });
    });
  }

  /** Shows the promotion and follows its progress until it has finished. */
  function follow(promotion) {
    if (pollTimer) { clearTimeout(pollTimer); }
    current = Object.assign({ view: null }, promotion);
    begin();
    poll();
  }

  /** Promotes exactly the file the preview on screen checked, corrections included: no new upload. */
  function runPreview() {
    show(error, false);
    const from = current.id;
    busy(true);
    call('POST', api('/promotions/' + encodeURIComponent(from) + '/run'),
      JSON.stringify({ sendOnboardingEmails: emails.checked })).then(function (res) {
      if (!res.ok || !res.data || res.data.id === undefined) {
        busy(false);
        fail(problem(res));
        return;
      }
      follow({ id: res.data.id, dryRun: false, sendEmails: emails.checked, runOf: res.data.runOf || from });
    });
  }

  function loadRecent() {
    const box = byId('recent');
    call('GET', api('/promotions')).then(function (res) {
      if (!res.ok || !Array.isArray(res.data) || res.data.length === 0) { show(box, false); return; }
      const body = clearTable('recent-table');
      res.data.slice(0, 8).forEach(function (p) {
        const tr = el('tr');
        cell(tr, 'File', p.fileName || 'Upload ' + p.id);
        cell(tr, 'Kind', p.dryRun ? 'preview' : 'promotion');
        cell(tr, 'Status', p.undoneAt ? el('span', 'badge undone', 'undone') : el('span', 'badge ' + p.status, p.status));
        cell(tr, 'Result', p.dryRun ? (p.totalRows || 0) + ' rows'
          : (p.promoted || 0) + ' promoted, ' + (p.failed || 0) + ' failed');
        const button = el('button', 'link', 'Open');
        button.type = 'button';
        button.addEventListener('click', function () { open(p.id); });
        cell(tr, '', button);
        body.appendChild(tr);
      });
      show(box, true);
    });
  }

  loadRecent();
  const resume = /^#promotion-(\d+)$/.exec(window.location.hash);
  if (resume) { open(resume[1]); }

  function start(dryRun) {
    show(error, false);
    const file = fileInput.files && fileInput.files[0];
    if (!file) { fail('Choose the CSV file to upload first.'); return; }
    if (pollTimer) { clearTimeout(pollTimer); }
    const body = new FormData();
    body.append('file', file, file.name);
    body.append('sendOnboardingEmails', emails.checked ? 'true' : 'false');
    body.append('dryRun', dryRun ? 'true' : 'false');
    busy(true);
    const uploading = byId('upload-progress');
    show(uploading, true);
    uploading.textContent = 'Uploading ' + file.name + '…';
    upload(api('/promotions'), body, function (sent, total) {
      uploading.textContent = sent < 0 ? 'Checking ' + file.name + '…'
        : 'Uploading ' + file.name + ': ' + Math.floor(100 * sent / total) + '%';
    }).then(function (res) {
      show(uploading, false);
      if (!res.ok || !res.data || res.data.id === undefined) {
        busy(false);
        fail(res.ok ? 'The server did not start the promotion.' : problem(res));
        return;
      }
      follow({ id: res.data.id, dryRun: dryRun, sendEmails: emails.checked });
    });
  }

  function begin() {
    show(section, true);
    history.replaceState(null, '', '#promotion-' + current.id);
    section.setAttribute('data-mode', current.dryRun ? 'preview' : 'run');
    byId('help-details').open = false;
    byId('promotion-title').textContent = !current.dryRun ? 'Promoting…'
      : current.correctedFrom ? 'Corrected preview: nothing has been changed yet' : 'Preview: nothing has been changed yet';
    byId('promotion-note').textContent = current.dryRun
      ? (current.correctedFrom ? 'This is the file with your corrections (the uploaded file stays as it was). '
        : 'This is what would happen to each row. ')
        + 'Apply a suggestion or edit the cells of a failing row and check again, or promote the rows that are ready.'
      : '';
    byId('count-good-label').textContent = current.dryRun ? 'would promote' : 'promoted';
    ['promote-from-preview', 'download-results', 'download-results-other', 'download-file', 'send-onboarding',
      'rows-pager', 'rows-empty', 'undo-button', 'undo-box', 'undo-error', 'undone-note', 'undo-progress-box']
      .forEach(function (id) { show(byId(id), false); });
    fixes.hide();
    byId('onboarding-status').textContent = '';
    byId('filter-failed').checked = false;
    clearTable('rows-table');
    clearTable('columns-table');
    progress({ status: 'queued', totalRows: 0, processedRows: 0 });
    section.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  function poll() {
    call('GET', api('/promotions/' + encodeURIComponent(current.id))).then(function (res) {
      if (!res.ok || !res.data) {
        busy(false);
        fail(problem(res));
        return;
      }
      const p = res.data;
      progress(p);
      counts(p);
      if (p.status === 'succeeded') {
        finished(p);
      } else if (p.status === 'failed') {
        busy(false);
        fail('The promotion stopped: ' + (p.message || 'the job could not finish.'));
      } else {
        pollTimer = setTimeout(poll, 500);
      }
    });
  }

  function progress(p) {
    const total = p.totalRows || 0;
    const done = p.processedRows || 0;
    const pct = p.status === 'succeeded' ? 100 : total > 0 ? Math.floor(done * 100 / total) : 0;
    byId('progress-bar').value = pct;
    const status = byId('promotion-status');
    status.textContent = p.status;
    status.className = 'badge ' + p.status;
    byId('progress-text').textContent = (p.status === 'queued' ? 'Waiting to start… ' : '')
      + done + ' of ' + total + ' rows (' + pct + '%)';
  }

  function counts(p) {
    byId('count-good').textContent = current.dryRun ? (p.wouldPromote || 0) : (p.promoted || 0);
    byId('count-failed').textContent = p.failed || 0;
    byId('count-skipped').textContent = p.skipped || 0;
    byId('count-total').textContent = p.totalRows || 0;
  }

  function finished(p) {
    busy(false);
    loadRecent();
    if (typeof p.sendOnboardingEmails === 'boolean') { current.sendEmails = p.sendOnboardingEmails; }
    if (!current.dryRun) {
      byId('promotion-title').textContent = 'Promotion finished';
    }
    columns(p.columns || []);
    if (p.correctedFrom) { current.correctedFrom = p.correctedFrom; }
    if (current.dryRun) {
      const ready = p.wouldPromote || 0;
      const again = byId('promote-from-preview');
      again.textContent = ready === 1 ? 'Promote the 1 row that is ready' : 'Promote the ' + ready + ' rows that are ready';
      show(again, ready > 0);
      const file = byId('download-file');
      file.href = api('/promotions/' + encodeURIComponent(current.id) + '/file');
      show(file, !!current.correctedFrom && !p.fileRemovedAt);
      fixes.reset(current.id, (p.failed || 0) > 0);
    } else {
      // Results come first in the format the file was uploaded in, the other format beside them.
      const own = p.fileFormat === 'xlsx' ? 'xlsx' : 'csv';
      const other = own === 'xlsx' ? 'csv' : 'xlsx';
      const removed = byId('file-removed-note');
      removed.textContent = p.fileRemovedAt ? 'The uploaded file was deleted on ' + String(p.fileRemovedAt).slice(0, 10)
          + ': files are kept only until the undo window has passed. Each row keeps its number, email, result and'
          + ' message, so the results download has only those columns.' : '';
      show(removed, !!p.fileRemovedAt);
      const link = byId('download-results');
      link.href = api('/promotions/' + encodeURIComponent(current.id) + '/results.' + own);
      link.textContent = 'Download results ' + (own === 'xlsx' ? 'Excel' : 'CSV');
      show(link, true);
      const otherLink = byId('download-results-other');
      otherLink.href = api('/promotions/' + encodeURIComponent(current.id) + '/results.' + other);
      otherLink.textContent = 'Download results ' + (other === 'xlsx' ? 'Excel' : 'CSV');
      show(otherLink, true);
      if (p.undoneAt) {
        undo.undone(p.undoneAt, p.undo);
      } else if (p.undo && (p.undo.status === 'queued' || p.undo.status === 'running')) {
        undo.follow(current.id, p.undo);
      } else {
        show(byId('send-onboarding'), !current.sendEmails && (p.promoted || 0) > 0);
        if (current.sendEmails && (p.promoted || 0) > 0) {
          byId('onboarding-status').textContent = 'Onboarding emails are on their way to the new members.';
        }
        show(byId('undo-button'), (p.promoted || 0) > 0);
        if (p.undo && p.undo.status === 'failed') { undo.stopped(p.undo); }
      }
    }
    loadRows(true);
  }

  function columns(list) {
    const body = clearTable('columns-table');
    list.forEach(function (c) {
      const tr = el('tr');
      cell(tr, 'Header', c.header);
      cell(tr, 'Read as', readAs[c.readAs] || c.readAs);
      body.appendChild(tr);
    });
  }

  /**
   * Rows page by page, ROWS_SHOWN at a time, from the server's pages of up to 1,000 (?rowsFrom=,
   * ?result=failed): view.starts holds the first row number of each server page seen so far.
   */
  function loadRows(reset) {
    if (reset || !current.view) {
      current.view = { onlyFailed: byId('filter-failed').checked, starts: [1], page: 0, rows: [], next: null, offset: 0 };
    }
    fetchPage(current.view.starts[current.view.page], function () { current.view.offset = 0; draw(); });
  }

  function fetchPage(from, then) {
    const view = current.view;
    const id = current.id;
    const query = '?rowsFrom=' + from + (view.onlyFailed ? '&result=failed' : '');
    call('GET', api('/promotions/' + encodeURIComponent(id) + query)).then(function (res) {
      if (!current || current.id !== id || current.view !== view) { return; }
      if (!res.ok || !res.data) { fail(problem(res)); return; }
      view.rows = res.data.rows || [];
      view.next = res.data.nextRowsFrom !== undefined ? res.data.nextRowsFrom
        : view.rows.length >= 1000 ? view.rows[view.rows.length - 1].row + 1 : null;
      view.total = view.onlyFailed ? res.data.failed || 0 : res.data.totalRows || 0;
      then();
    });
  }

  function turnPage(step) {
    const view = current.view;
    if (!view) { return; }
    if (step > 0) {
      if (view.offset + ROWS_SHOWN < view.rows.length) { view.offset += ROWS_SHOWN; draw(true); return; }
      if (view.next === null || view.next === undefined) { return; }
      byId('rows-next').disabled = true;
      if (view.starts.length === view.page + 1) { view.starts.push(view.next); }
      view.page += 1;
      fetchPage(view.starts[view.page], function () { view.offset = 0; draw(true); });
    } else {
      if (view.offset > 0) { view.offset = Math.max(0, view.offset - ROWS_SHOWN); draw(true); return; }
      if (view.page === 0) { return; }
      byId('rows-prev').disabled = true;
      view.page -= 1;
      fetchPage(view.starts[view.page], function () {
        view.offset = Math.max(0, Math.floor((view.rows.length - 1) / ROWS_SHOWN) * ROWS_SHOWN);
        draw(true);
      });
    }
  }

  function draw(moved) {
    const view = current.view;
    const body = clearTable('rows-table');
    fixes.forget();
    const shown = view.rows.slice(view.offset, view.offset + ROWS_SHOWN);
    shown.forEach(function (r) { body.appendChild(rowLine(r)); });
    show(byId('rows-empty'), shown.length === 0);
    // Every server page but the last holds exactly 1,000 rows, so this is the rows' place in the list.
    const first = view.page * 1000 + view.offset + 1;
    const last = first + shown.length - 1;
    const hasPrev = view.page > 0 || view.offset > 0;
    const hasNext = view.offset + ROWS_SHOWN < view.rows.length || (view.next !== null && view.next !== undefined);
    show(byId('rows-pager'), hasPrev || hasNext);
    byId('rows-prev').disabled = !hasPrev;
    byId('rows-next').disabled = !hasNext;
    byId('rows-range').textContent = shown.length === 0 ? '' : (view.onlyFailed ? 'Failed rows ' : 'Rows ')
      + first.toLocaleString('en-US') + '–' + last.toLocaleString('en-US') + ' of ' + (view.total || last).toLocaleString('en-US');
    if (moved) { byId('rows-heading').focus(); }
  }

  function rowLine(r) {
    const warnings = warningsOf(r);
    const tr = el('tr', r.result === 'failed' ? 'failed' : warnings.length ? 'warning' : '');
    if (Array.isArray(r.corrections) && r.corrections.length) { tr.classList.add('corrected'); }
    tr.id = 'row-' + r.row;
    tr.setAttribute('data-result', r.result);
    cell(tr, 'Row', r.row);
    cell(tr, 'Email', r.email || '');
    cell(tr, 'Result', el('span', 'badge ' + r.result, RESULT_LABELS[r.result] || r.result));
    const team = el('span');
    if (r.teamName && r.result !== 'failed') {
      team.appendChild(document.createTextNode(r.teamName + ' '));
      const kind = r.teamCreated ? (r.teamAdmin ? 'new team, admin' : 'new team') : (r.teamAdmin ? 'joins as admin' : 'joins team');
      team.appendChild(el('span', r.teamCreated ? 'badge new' : 'badge', kind));
    }
    cell(tr, 'Team', team);
    extensions.resultColumns.forEach(function (column) { resultCell(tr, r, column); });
    const box = el('div');
    const errors = errorsOf(r);
    if (errors.length) {
      const list = el('ul', 'problems');
      errors.forEach(function (m) {
        const li = el('li');
        li.appendChild(el('span', 'flag error-flag', 'Error'));
        li.appendChild(document.createTextNode(' ' + m));
        list.appendChild(li);
      });
      box.appendChild(list);
    }
    if (warnings.length) {
      const list = el('ul', 'warnings');
      warnings.forEach(function (m) {
        const li = el('li');
        const flag = el('span', 'flag warning-flag');
        flag.appendChild(el('span', 'icon', '⚠')).setAttribute('aria-hidden', 'true');
        flag.appendChild(document.createTextNode(' Warning'));
        li.appendChild(flag);
        li.appendChild(document.createTextNode(' ' + m));
        list.appendChild(li);
      });
      box.appendChild(list);
    }
    const fix = current.dryRun || (Array.isArray(r.corrections) && r.corrections.length) ? fixes.fixArea(r) : null;
    if (fix) { box.appendChild(fix); }
    cell(tr, 'Problems', box.firstChild ? box : null).className = 'messages';
    return tr;
  }

  function sendOnboarding() {
    const button = byId('send-onboarding');
    button.disabled = true;
    call('POST', api('/promotions/' + encodeURIComponent(current.id) + '/onboarding-emails')).then(function (res) {
      if (res.ok) {
        const n = res.data && typeof res.data.queued === 'number' ? res.data.queued : 0;
        byId('onboarding-status').textContent = n === 0 ? 'Every member of this promotion already has an onboarding email.'
          : n === 1 ? 'Queued 1 onboarding email.' : 'Queued ' + n + ' onboarding emails.';
        show(button, false);
      } else {
        button.disabled = false;
        byId('onboarding-status').textContent = problem(res);
      }
    });
  }
}

/** The row's errors, each with the column it is about when the server names one. */
function errorsOf(r) {
  if (Array.isArray(r.problems)) {
    return r.problems.map(function (p) { return (p.column ? p.column + ': ' : '') + (p.message || ''); });
  }
  // A row kept after retention has its messages only: on a failed row they are its errors.
  return r.result === 'failed' && !Array.isArray(r.warnings) ? (r.messages || []).map(message) : [];
}

/** The row's warnings: it goes ahead, but something may not be what the file meant. */
function warningsOf(r) {
  if (Array.isArray(r.warnings)) { return r.warnings.map(message); }
  return r.result !== 'failed' && !Array.isArray(r.problems) ? (r.messages || []).map(message) : [];
}

function message(m) {
  return m && typeof m === 'object' ? (m.column ? m.column + ': ' : '') + (m.message || '') : String(m);
}
