/* The Migrations tab: upload, preview, promote, progress, per-row results, recent uploads. */
import { api, call, problem, upload } from './http.js';
import { byId, cell, clearTable, el, show } from './dom.js';
import { extensionsOf, resultCell } from './result-columns.js';
import { setupUndo } from './undo.js';

const RESULT_LABELS = { promoted: 'promoted', would_promote: 'would promote', failed: 'failed', skipped: 'skipped' };
const CORE_READ_AS = { core: 'Person field', ignored: 'Ignored' };

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
  let current = null; // {id, dryRun, sendEmails, lastRow, onlyFailed}
  let pollTimer = null;

  function busy(on) { buttons.forEach(function (b) { if (b) { b.disabled = on; } }); }
  function fail(message) { error.textContent = message; show(error, true); }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    const submitter = event.submitter;
    start(!submitter || submitter.value !== 'false');
  });
  byId('promote-from-preview').addEventListener('click', function () { start(false); });
  byId('filter-failed').addEventListener('change', function () { if (current) { loadRows(true); } });
  byId('more-rows').addEventListener('click', function () { loadRows(false); });
  byId('send-onboarding').addEventListener('click', sendOnboarding);
  const undo = setupUndo(function () { return current; }, loadRecent);

  /** Follows a promotion already on the server (from the recent list, or the page's #promotion-N). */
  function open(id) {
    show(error, false);
    if (pollTimer) { clearTimeout(pollTimer); }
    call('GET', api('/promotions/' + encodeURIComponent(id) + '?result=failed')).then(function (res) {
      if (!res.ok || !res.data) { fail(problem(res)); return; }
      current = { id: res.data.id, dryRun: !!res.data.dryRun, sendEmails: !!res.data.sendOnboardingEmails,
        lastRow: 0, onlyFailed: false };
      begin();
      poll();
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
      current = { id: res.data.id, dryRun: dryRun, sendEmails: emails.checked, lastRow: 0, onlyFailed: false };
      begin();
      poll();
    });
  }

  function begin() {
    show(section, true);
    history.replaceState(null, '', '#promotion-' + current.id);
    section.setAttribute('data-mode', current.dryRun ? 'preview' : 'run');
    byId('help-details').open = false;
    byId('promotion-title').textContent = current.dryRun ? 'Preview: nothing has been changed yet'
      : 'Promoting…';
    byId('promotion-note').textContent = current.dryRun
      ? 'This is what would happen to each row. Fix any problem in the spreadsheet and preview again, or promote the rows that are ready.'
      : '';
    byId('count-good-label').textContent = current.dryRun ? 'would promote' : 'promoted';
    ['promote-from-preview', 'download-results', 'download-results-other', 'send-onboarding', 'more-rows', 'rows-empty',
      'undo-button', 'undo-box', 'undo-error', 'undone-note', 'undo-progress-box'].forEach(function (id) { show(byId(id), false); });
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
    if (current.dryRun) {
      const ready = p.wouldPromote || 0;
      const again = byId('promote-from-preview');
      again.textContent = ready === 1 ? 'Promote the 1 row that is ready' : 'Promote the ' + ready + ' rows that are ready';
      show(again, ready > 0);
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

  function loadRows(reset) {
    if (reset) {
      current.lastRow = 0;
      current.onlyFailed = byId('filter-failed').checked;
      clearTable('rows-table');
    }
    const query = '?rowsFrom=' + (current.lastRow + 1) + (current.onlyFailed ? '&result=failed' : '');
    call('GET', api('/promotions/' + encodeURIComponent(current.id) + query)).then(function (res) {
      if (!res.ok || !res.data) { fail(problem(res)); return; }
      const rows = res.data.rows || [];
      const body = byId('rows-table').tBodies[0];
      rows.forEach(function (r) { body.appendChild(rowLine(r)); current.lastRow = Math.max(current.lastRow, r.row); });
      show(byId('rows-empty'), body.rows.length === 0);
      const more = res.data.nextRowsFrom !== undefined ? res.data.nextRowsFrom !== null
        : rows.length >= 1000 && current.lastRow < (res.data.totalRows || 0);
      show(byId('more-rows'), more);
    });
  }

  function rowLine(r) {
    const tr = el('tr', r.result === 'failed' ? 'failed' : '');
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
    const messages = problems(r);
    const list = el('ul', 'problems');
    messages.forEach(function (m) { list.appendChild(el('li', null, m)); });
    cell(tr, 'Problems', messages.length ? list : null).className = 'messages';
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

/** Each problem with the column it is about, when the server names one; then any warnings. */
function problems(r) {
  if (Array.isArray(r.problems) && (r.problems.length || Array.isArray(r.warnings))) {
    return r.problems.map(function (p) { return (p.column ? p.column + ': ' : '') + (p.message || ''); })
      .concat((r.warnings || []).map(String));
  }
  return (r.messages || []).map(function (m) {
    return m && typeof m === 'object' ? (m.column ? m.column + ': ' : '') + (m.message || '') : String(m);
  });
}
