/* Promote admin page: plain JavaScript, no framework. Talks to the JSON API with the
   session cookie; every change carries the page's CSRF token in X-CSRF-Token. Data is put
   on the page with textContent only, never as HTML. */
(function () {
  'use strict';

  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var csrf = csrfMeta ? csrfMeta.getAttribute('content') : '';
  var main = document.querySelector('main[data-community]');
  var community = main ? main.getAttribute('data-community') : null;
  var billing = main ? main.getAttribute('data-billing') === 'true' : false;

  function api(path) {
    return '/api/communities/' + encodeURIComponent(community) + path;
  }

  function call(method, url, body) {
    var headers = { 'Accept': 'application/json' };
    if (method !== 'GET') {
      headers['X-CSRF-Token'] = csrf;
    }
    if (typeof body === 'string') {
      headers['Content-Type'] = 'application/json';
    }
    return fetch(url, { method: method, headers: headers, body: body, credentials: 'same-origin' })
      .then(function (res) {
        return res.text().then(function (text) {
          var data = null;
          try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
          return { status: res.status, ok: res.ok, data: data };
        });
      }, function () {
        return { status: 0, ok: false, data: null };
      });
  }

  /**
   * A multipart POST that reports how much of the file has gone up (fetch cannot), then how the
   * server answered, in the same shape as call().
   */
  function upload(url, body, onProgress) {
    return new Promise(function (resolve) {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.setRequestHeader('X-CSRF-Token', csrf);
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable) { onProgress(e.loaded, e.total); }
      };
      xhr.upload.onload = function () { onProgress(-1, -1); };
      xhr.onload = function () {
        var data = null;
        try { data = xhr.responseText ? JSON.parse(xhr.responseText) : null; } catch (e) { data = null; }
        resolve({ status: xhr.status, ok: xhr.status >= 200 && xhr.status < 300, data: data });
      };
      xhr.onerror = function () { resolve({ status: 0, ok: false, data: null }); };
      xhr.send(body);
    });
  }

  /** The server's message for a refused call, in plain words. */
  function problem(res) {
    var data = res.data || {};
    var message = typeof data.message === 'string' && data.message ? data.message : null;
    var details = Array.isArray(data.errors) ? data.errors.filter(function (e) { return e !== message; }) : [];
    if (message) {
      return details.length ? message + ' ' + details.join(' ') : message;
    }
    switch (res.status) {
      case 0: return 'The server could not be reached. Check your connection and try again.';
      case 401: return 'Your session has ended. Sign in again.';
      case 403: return 'The request was refused. Reload the page and try again.';
      case 404: return 'Not found on this server.';
      case 413: return 'The file is larger than the upload limit.';
      case 415: return 'This file type cannot be read. Save the spreadsheet as CSV and try again.';
      default: return 'Something went wrong (HTTP ' + res.status + '). Try again.';
    }
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function cell(row, label, content) {
    var td = el('td');
    td.setAttribute('data-label', label);
    if (content instanceof Node) { td.appendChild(content); } else if (content !== undefined && content !== null) { td.textContent = String(content); }
    row.appendChild(td);
    return td;
  }

  function byId(id) { return document.getElementById(id); }
  function show(node, visible) { if (node) { node.hidden = !visible; } }

  /* ---------- Migrations: preview, promote, progress, results ---------- */

  var RESULT_LABELS = { promoted: 'promoted', would_promote: 'would promote', failed: 'failed', skipped: 'skipped' };
  var READ_AS = { core: 'Person field', custom_field: 'Custom field', ignored: 'Ignored',
    room_permissions: 'Room permissions', billing: 'Billing' };

  function setupMigrations() {
    var form = byId('upload-form');
    if (!form) { return; }
    var fileInput = byId('file');
    var emails = byId('send-emails');
    var error = byId('upload-error');
    var section = byId('promotion');
    var buttons = [byId('preview-button'), byId('promote-button'), byId('promote-from-preview')];
    var current = null; // {id, dryRun, sendEmails, lastRow, onlyFailed}
    var pollTimer = null;

    function busy(on) { buttons.forEach(function (b) { if (b) { b.disabled = on; } }); }
    function fail(message) { error.textContent = message; show(error, true); }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var submitter = event.submitter;
      start(!submitter || submitter.value !== 'false');
    });
    byId('promote-from-preview').addEventListener('click', function () { start(false); });
    byId('filter-failed').addEventListener('change', function () { if (current) { loadRows(true); } });
    byId('more-rows').addEventListener('click', function () { loadRows(false); });
    byId('send-onboarding').addEventListener('click', sendOnboarding);
    byId('undo-button').addEventListener('click', previewUndo);
    byId('undo-confirm').addEventListener('click', confirmUndo);
    byId('undo-cancel').addEventListener('click', function () {
      show(byId('undo-box'), false);
      show(byId('undo-button'), true);
      byId('undo-button').focus();
    });

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
      var box = byId('recent');
      call('GET', api('/promotions')).then(function (res) {
        if (!res.ok || !Array.isArray(res.data) || res.data.length === 0) { show(box, false); return; }
        var body = clearTable('recent-table');
        res.data.slice(0, 8).forEach(function (p) {
          var tr = el('tr');
          cell(tr, 'File', p.fileName || 'Upload ' + p.id);
          cell(tr, 'Kind', p.dryRun ? 'preview' : 'promotion');
          cell(tr, 'Status', p.undoneAt ? el('span', 'badge undone', 'undone') : el('span', 'badge ' + p.status, p.status));
          cell(tr, 'Result', p.dryRun ? (p.totalRows || 0) + ' rows'
            : (p.promoted || 0) + ' promoted, ' + (p.failed || 0) + ' failed');
          var button = el('button', 'link', 'Open');
          button.type = 'button';
          button.addEventListener('click', function () { open(p.id); });
          cell(tr, '', button);
          body.appendChild(tr);
        });
        show(box, true);
      });
    }

    loadRecent();
    var resume = /^#promotion-(\d+)$/.exec(window.location.hash);
    if (resume) { open(resume[1]); }

    function start(dryRun) {
      show(error, false);
      var file = fileInput.files && fileInput.files[0];
      if (!file) { fail('Choose the CSV file to upload first.'); return; }
      if (pollTimer) { clearTimeout(pollTimer); }
      var body = new FormData();
      body.append('file', file, file.name);
      body.append('sendOnboardingEmails', emails.checked ? 'true' : 'false');
      body.append('dryRun', dryRun ? 'true' : 'false');
      busy(true);
      var uploading = byId('upload-progress');
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
      byId('rows-table').classList.toggle('no-plans', !billing);
      byId('help-details').open = false;
      byId('promotion-title').textContent = current.dryRun ? 'Preview: nothing has been changed yet'
        : 'Promoting…';
      byId('promotion-note').textContent = current.dryRun
        ? 'This is what would happen to each row. Fix any problem in the spreadsheet and preview again, or promote the rows that are ready.'
        : '';
      byId('count-good-label').textContent = current.dryRun ? 'would promote' : 'promoted';
      ['promote-from-preview', 'download-results', 'send-onboarding', 'more-rows', 'rows-empty',
        'undo-button', 'undo-box', 'undo-error', 'undone-note'].forEach(function (id) { show(byId(id), false); });
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
        var p = res.data;
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
      var total = p.totalRows || 0;
      var done = p.processedRows || 0;
      var pct = p.status === 'succeeded' ? 100 : total > 0 ? Math.floor(done * 100 / total) : 0;
      byId('progress-bar').value = pct;
      var status = byId('promotion-status');
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
      var removed = byId('file-removed-note');
      removed.textContent = p.fileRemovedAt ? 'The uploaded file was deleted on ' + String(p.fileRemovedAt).slice(0, 10)
          + ': files are kept only until the undo window has passed. Each row keeps its number, email, result and'
          + ' message, so the results download has only those columns.' : '';
      show(removed, !!p.fileRemovedAt);
      if (current.dryRun) {
        var ready = p.wouldPromote || 0;
        var again = byId('promote-from-preview');
        again.textContent = ready === 1 ? 'Promote the 1 row that is ready' : 'Promote the ' + ready + ' rows that are ready';
        show(again, ready > 0);
      } else {
        var link = byId('download-results');
        link.href = api('/promotions/' + encodeURIComponent(current.id) + '/results.csv');
        show(link, true);
        if (p.undoneAt) {
          undone(p.undoneAt, null);
        } else {
          show(byId('send-onboarding'), !current.sendEmails && (p.promoted || 0) > 0);
          if (current.sendEmails && (p.promoted || 0) > 0) {
            byId('onboarding-status').textContent = 'Onboarding emails are on their way to the new members.';
          }
          show(byId('undo-button'), (p.promoted || 0) > 0);
        }
      }
      loadRows(true);
    }

    function columns(list) {
      var body = clearTable('columns-table');
      list.forEach(function (c) {
        var tr = el('tr');
        cell(tr, 'Header', c.header);
        cell(tr, 'Read as', READ_AS[c.readAs] || c.readAs);
        body.appendChild(tr);
      });
    }

    function loadRows(reset) {
      if (reset) {
        current.lastRow = 0;
        current.onlyFailed = byId('filter-failed').checked;
        clearTable('rows-table');
      }
      var query = '?rowsFrom=' + (current.lastRow + 1) + (current.onlyFailed ? '&result=failed' : '');
      call('GET', api('/promotions/' + encodeURIComponent(current.id) + query)).then(function (res) {
        if (!res.ok || !res.data) { fail(problem(res)); return; }
        var rows = res.data.rows || [];
        var body = byId('rows-table').tBodies[0];
        rows.forEach(function (r) { body.appendChild(rowLine(r)); current.lastRow = Math.max(current.lastRow, r.row); });
        show(byId('rows-empty'), body.rows.length === 0);
        var more = res.data.nextRowsFrom !== undefined ? res.data.nextRowsFrom !== null
          : rows.length >= 1000 && current.lastRow < (res.data.totalRows || 0);
        show(byId('more-rows'), more);
      });
    }

    function rowLine(r) {
      var tr = el('tr', r.result === 'failed' ? 'failed' : '');
      tr.id = 'row-' + r.row;
      tr.setAttribute('data-result', r.result);
      cell(tr, 'Row', r.row);
      cell(tr, 'Email', r.email || '');
      cell(tr, 'Result', el('span', 'badge ' + r.result, RESULT_LABELS[r.result] || r.result));
      var team = el('span');
      if (r.teamName && r.result !== 'failed') {
        team.appendChild(document.createTextNode(r.teamName + ' '));
        var kind = r.teamCreated ? (r.teamAdmin ? 'new team, admin' : 'new team') : (r.teamAdmin ? 'joins as admin' : 'joins team');
        team.appendChild(el('span', r.teamCreated ? 'badge new' : 'badge', kind));
      }
      cell(tr, 'Team', team);
      // A failed row creates nothing: no groups, plans or fields to show for it.
      var created = r.result !== 'failed';
      cell(tr, 'Groups', created ? (r.groups || []).join(', ') : '');
      cell(tr, 'Plans', created ? plans(r) : null).className = 'col-plans';
      cell(tr, 'Custom fields', created ? fields(r.customFields || {}) : null);
      var messages = problems(r);
      var list = el('ul', 'problems');
      messages.forEach(function (m) { list.appendChild(el('li', null, m)); });
      cell(tr, 'Problems', messages.length ? list : null).className = 'messages';
      return tr;
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

    function plans(r) {
      var box = el('div', 'small');
      (r.memberships || []).forEach(function (m) {
        box.appendChild(el('div', null, m.plan + ' · bills on day ' + m.billDay + ', first bill ' + m.firstBillDate));
      });
      var inv = r.proratedInvoice;
      if (inv) {
        box.appendChild(el('div', 'muted', 'Prorated ' + inv.amount + ' ' + inv.currency + ' on ' + inv.issueDate
          + ' (' + inv.periodStart + ' to ' + inv.periodEnd + ')'));
      }
      return box;
    }

    function fields(map) {
      var box = el('div');
      Object.keys(map).forEach(function (name) {
        var kv = el('span', 'kv');
        kv.appendChild(el('span', null, name));
        kv.appendChild(document.createTextNode(' ' + map[name]));
        box.appendChild(kv);
      });
      return box;
    }

    /* ---------- Undo: preview first, then confirm ---------- */

    function undoCall(dryRun) {
      return call('POST', api('/promotions/' + encodeURIComponent(current.id) + '/undo'),
        JSON.stringify(dryRun ? { dryRun: true } : {}));
    }

    function undoFailed(res) {
      var box = byId('undo-error');
      var message = problem(res);
      box.textContent = 'This promotion cannot be undone: ' + message.charAt(0).toLowerCase() + message.slice(1);
      if (!/[.!?]$/.test(box.textContent)) { box.textContent += '.'; }
      show(box, true);
    }

    function plural(n, one, many) { return n === 1 ? one : many; }

    function previewUndo() {
      var button = byId('undo-button');
      var id = current.id;
      button.disabled = true;
      show(byId('undo-error'), false);
      undoCall(true).then(function (res) {
        button.disabled = false;
        if (!current || current.id !== id) { return; }
        if (!res.ok || !res.data) { undoFailed(res); return; }
        var r = res.data;
        var n = r.restored || 0;
        var teams = r.teamsRemoved || [];
        var left = r.leftAlone || [];
        byId('undo-preview').textContent = n === 0
          ? 'No member can go back to the CRM: every member of this promotion was changed since.'
          : n + ' ' + plural(n, 'member goes back to the CRM as the lead or contact it was.',
            'members go back to the CRM as the leads or contacts they were.');
        byId('undo-teams').textContent = 'Teams removed: ' + (teams.length ? teams.join(', ') : 'none') + '.';
        byId('undo-left-alone').textContent = 'Left alone (changed since): '
          + (left.length ? left.length + ' ' + plural(left.length, 'member', 'members') : 'none') + '.';
        var list = byId('undo-left-list');
        while (list.firstChild) { list.removeChild(list.firstChild); }
        left.forEach(function (m) { list.appendChild(el('li', null, (m.email || 'member ' + m.memberId) + ': ' + (m.reason || 'changed since'))); });
        show(list, left.length > 0);
        var confirm = byId('undo-confirm');
        confirm.textContent = 'Undo: send ' + n + ' ' + plural(n, 'member', 'members') + ' back to the CRM';
        confirm.disabled = n === 0 && teams.length === 0;
        show(button, false);
        show(byId('undo-box'), true);
        confirm.focus();
      });
    }

    function confirmUndo() {
      var confirm = byId('undo-confirm');
      var id = current.id;
      confirm.disabled = true;
      byId('undo-cancel').disabled = true;
      undoCall(false).then(function (res) {
        confirm.disabled = false;
        byId('undo-cancel').disabled = false;
        if (!current || current.id !== id) { return; }
        if (!res.ok || !res.data) {
          show(byId('undo-box'), false);
          undoFailed(res);
          // Someone may have undone it meanwhile: show the promotion as it now is.
          call('GET', api('/promotions/' + encodeURIComponent(id) + '?result=failed')).then(function (now) {
            if (current && current.id === id && now.ok && now.data && now.data.undoneAt) {
              undone(now.data.undoneAt, null);
              undoFailed(res);
            } else {
              show(byId('undo-button'), true);
            }
          });
          return;
        }
        undone(res.data.undoneAt, res.data);
        loadRecent();
      });
    }

    /** The promotion was undone: when, and (right after the undo) what it did. */
    function undone(at, report) {
      ['undo-button', 'undo-box', 'undo-error', 'send-onboarding'].forEach(function (id) { show(byId(id), false); });
      byId('onboarding-status').textContent = '';
      var date = at ? new Date(at) : null;
      var text = 'Undone on ' + (date && !isNaN(date.getTime())
        ? date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' }) : String(at)) + '.';
      if (report) {
        var n = report.restored || 0;
        var teams = report.teamsRemoved || [];
        var left = report.leftAlone || [];
        text += ' ' + n + ' ' + plural(n, 'member went back to the CRM as the lead or contact it was.',
          'members went back to the CRM as the leads or contacts they were.');
        text += ' Teams removed: ' + (teams.length ? teams.join(', ') : 'none') + '.';
        if (left.length) {
          text += ' Left alone (changed since): ' + left.map(function (m) { return m.email || 'member ' + m.memberId; }).join(', ') + '.';
        }
      }
      var note = byId('undone-note');
      note.textContent = text;
      show(note, true);
    }

    function sendOnboarding() {
      var button = byId('send-onboarding');
      button.disabled = true;
      call('POST', api('/promotions/' + encodeURIComponent(current.id) + '/onboarding-emails')).then(function (res) {
        if (res.ok) {
          var n = res.data && typeof res.data.queued === 'number' ? res.data.queued : 0;
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

  function clearTable(id) {
    var body = byId(id).tBodies[0];
    while (body.firstChild) { body.removeChild(body.firstChild); }
    return body;
  }

  /* ---------- One member: billing from the billing plugin's API, onboarding email ---------- */

  function setupMember() {
    var member = byId('member');
    if (!member) { return; }
    var id = member.getAttribute('data-member');
    var send = byId('send-member-email');
    if (send) {
      send.addEventListener('click', function () {
        send.disabled = true;
        call('POST', api('/members/' + encodeURIComponent(id) + '/onboarding-email')).then(function (res) {
          if (res.ok) {
            var status = byId('email-status');
            status.textContent = 'waiting';
            status.className = 'badge waiting';
            show(send, false);
          } else {
            send.disabled = false;
            send.textContent = problem(res);
          }
        });
      });
    }
    var status = byId('billing-status');
    if (!status) { return; }
    Promise.all([call('GET', api('/members/' + encodeURIComponent(id) + '/memberships')),
      call('GET', api('/members/' + encodeURIComponent(id) + '/invoices'))]).then(function (results) {
      var memberships = results[0];
      var invoices = results[1];
      if (memberships.status === 404 || invoices.status === 404) {
        status.textContent = 'Billing is not installed on this server, so there are no memberships or invoices to show.';
        return;
      }
      if (!memberships.ok || !invoices.ok) {
        status.textContent = problem(memberships.ok ? invoices : memberships);
        return;
      }
      status.textContent = (memberships.data || []).length ? '' : 'No memberships.';
      var mBody = clearTable('memberships-table');
      (memberships.data || []).forEach(function (m) {
        var tr = el('tr');
        cell(tr, 'Plan', m.plan);
        cell(tr, 'Price', m.monthlyPrice + ' ' + m.currency + ' a month');
        cell(tr, 'Bill day', m.billDay);
        cell(tr, 'Start', m.startDate);
        cell(tr, 'First bill', m.firstBillDate);
        mBody.appendChild(tr);
      });
      show(byId('memberships-box'), (memberships.data || []).length > 0);
      var iBody = clearTable('invoices-table');
      (invoices.data || []).forEach(function (i) {
        var tr = el('tr');
        cell(tr, 'Issued', i.issueDate);
        cell(tr, 'Period', i.periodStart + ' to ' + i.periodEnd);
        cell(tr, 'Amount', i.amount + ' ' + i.currency);
        cell(tr, 'Kind', i.kind);
        iBody.appendChild(tr);
      });
      show(byId('invoices-box'), (invoices.data || []).length > 0);
    });
  }

  setupMigrations();
  setupMember();
}());
