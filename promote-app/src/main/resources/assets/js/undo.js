/* Undo on the Migrations tab: a preview of what goes back to the CRM first, then confirm; the
   undo runs as a job whose progress shows in a bar until its result replaces it. */
import { api, call, problem } from './http.js';
import { byId, el, plural, show } from './dom.js';

/**
 * Wires the undo buttons. current() answers the promotion on screen ({id, ...}) or null;
 * onUndone() is called after an undo went through.
 */
export function setupUndo(current, onUndone) {
  byId('undo-button').addEventListener('click', previewUndo);
  byId('undo-confirm').addEventListener('click', confirmUndo);
  byId('undo-cancel').addEventListener('click', function () {
    show(byId('undo-box'), false);
    show(byId('undo-button'), true);
    byId('undo-button').focus();
  });

  function undoCall(id, dryRun) {
    return call('POST', api('/promotions/' + encodeURIComponent(id) + '/undo'),
      JSON.stringify(dryRun ? { dryRun: true } : {}));
  }

  function undoFailed(res) {
    const box = byId('undo-error');
    const message = problem(res);
    box.textContent = 'This promotion cannot be undone: ' + message.charAt(0).toLowerCase() + message.slice(1);
    if (!/[.!?]$/.test(box.textContent)) { box.textContent += '.'; }
    show(box, true);
  }

  function stillOn(id) { return current() && current().id === id; }

  function previewUndo() {
    const button = byId('undo-button');
    const id = current().id;
    button.disabled = true;
    show(byId('undo-error'), false);
    undoCall(id, true).then(function (res) {
      button.disabled = false;
      if (!stillOn(id)) { return; }
      if (!res.ok || !res.data) { undoFailed(res); return; }
      const r = res.data;
      const n = r.restored || 0;
      const teams = r.teamsRemoved || [];
      const left = r.leftAlone || [];
      byId('undo-preview').textContent = n === 0
        ? 'No member can go back to the CRM: every member of this promotion was changed since.'
        : n + ' ' + plural(n, 'member goes back to the CRM as the lead or contact it was.',
          'members go back to the CRM as the leads or contacts they were.');
      byId('undo-teams').textContent = 'Teams removed: ' + (teams.length ? teams.join(', ') : 'none') + '.';
      byId('undo-left-alone').textContent = 'Left alone (changed since): '
        + (left.length ? left.length + ' ' + plural(left.length, 'member', 'members') : 'none') + '.';
      const list = byId('undo-left-list');
      while (list.firstChild) { list.removeChild(list.firstChild); }
      left.forEach(function (m) { list.appendChild(el('li', null, (m.email || 'member ' + m.memberId) + ': ' + (m.reason || 'changed since'))); });
      show(list, left.length > 0);
      const confirm = byId('undo-confirm');
      confirm.textContent = 'Undo: send ' + n + ' ' + plural(n, 'member', 'members') + ' back to the CRM';
      confirm.disabled = n === 0 && teams.length === 0;
      show(button, false);
      show(byId('undo-box'), true);
      confirm.focus();
    });
  }

  function confirmUndo() {
    const confirm = byId('undo-confirm');
    const id = current().id;
    confirm.disabled = true;
    byId('undo-cancel').disabled = true;
    undoCall(id, false).then(function (res) {
      confirm.disabled = false;
      byId('undo-cancel').disabled = false;
      if (!stillOn(id)) { return; }
      show(byId('undo-box'), false);
      if (!res.ok || !res.data) {
        undoFailed(res);
        // Someone may have undone it meanwhile (or be undoing it): show the promotion as it now is.
        call('GET', api('/promotions/' + encodeURIComponent(id) + '?result=failed')).then(function (now) {
          if (!stillOn(id)) { return; }
          const u = now.ok && now.data ? now.data.undo : null;
          if (now.ok && now.data && now.data.undoneAt) {
            undone(now.data.undoneAt, u);
            undoFailed(res);
          } else if (u && (u.status === 'queued' || u.status === 'running')) {
            follow(id, u, function () { undoFailed(res); });
          } else {
            show(byId('undo-button'), true);
          }
        });
        return;
      }
      follow(id, res.data, onUndone);
    });
  }

  /**
   * Follows an undo job until it ends: the bar rises with the members done, then the result
   * replaces it. then() runs once it succeeded.
   */
  function follow(id, undo, then) {
    ['undo-button', 'undo-box', 'undo-error', 'send-onboarding'].forEach(function (name) { show(byId(name), false); });
    byId('onboarding-status').textContent = '';
    show(byId('undo-progress-box'), true);
    step(undo);

    function step(u) {
      if (!stillOn(id)) { return; }
      const total = u.totalMembers || 0;
      const done = u.processedMembers || 0;
      const pct = u.status === 'succeeded' ? 100 : total > 0 ? Math.floor(done * 100 / total) : 0;
      const bar = byId('undo-progress-bar');
      bar.value = pct;
      bar.setAttribute('aria-valuetext', done + ' of ' + total + ' members');
      byId('undo-progress-text').textContent = (u.status === 'queued' ? 'Waiting to start… ' : '')
        + done + ' of ' + total + ' ' + plural(total, 'member', 'members') + ' (' + pct + '%)';
      if (u.status === 'succeeded') {
        show(byId('undo-progress-box'), false);
        undone(u.finishedAt, u);
        if (then) { then(); }
        return;
      }
      if (u.status === 'failed') {
        show(byId('undo-progress-box'), false);
        stopped(u);
        return;
      }
      setTimeout(function () {
        call('GET', api('/promotions/' + encodeURIComponent(id) + '?result=failed')).then(function (res) {
          if (res.ok && res.data && res.data.undo) {
            step(res.data.undo);
          } else {
            setTimeout(function () { step(u); }, 1000);
          }
        });
      }, 400);
    }
  }

  /** The undo job stopped: say why; asking again goes on where it stopped. */
  function stopped(u) {
    const box = byId('undo-error');
    box.textContent = 'The undo stopped: ' + (u.message || 'the job could not finish') + '. Undo again to go on where it stopped.';
    show(box, true);
    show(byId('undo-button'), true);
  }

  return { undone: undone, follow: function (id, u) { follow(id, u, onUndone); }, stopped: stopped };
}

/** The promotion was undone: when, and (right after the undo) what it did. */
function undone(at, report) {
  ['undo-button', 'undo-box', 'undo-error', 'send-onboarding', 'undo-progress-box'].forEach(function (id) { show(byId(id), false); });
  byId('onboarding-status').textContent = '';
  const date = at ? new Date(at) : null;
  let text = 'Undone on ' + (date && !isNaN(date.getTime())
    ? date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' }) : String(at)) + '.';
  if (report) {
    const n = report.restored || 0;
    const teams = report.teamsRemoved || [];
    const left = report.leftAlone || [];
    text += ' ' + n + ' ' + plural(n, 'member went back to the CRM as the lead or contact it was.',
      'members went back to the CRM as the leads or contacts they were.');
    text += ' Teams removed: ' + (teams.length ? some(teams) : 'none') + '.';
    if (left.length) {
      text += ' Left alone (changed since): ' + some(left.map(function (m) { return m.email || 'member ' + m.memberId; })) + '.';
    }
  }
  const note = byId('undone-note');
  note.textContent = text;
  show(note, true);
}

/** A list in words, the first ten only when it is long (an undo may remove thousands of teams). */
function some(names) {
  return names.length <= 10 ? names.join(', ')
    : names.slice(0, 10).join(', ') + ' and ' + (names.length - 10) + ' more';
}
