/* Undo on the Migrations tab: a preview of what goes back to the CRM first, then confirm. */
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
      if (!res.ok || !res.data) {
        show(byId('undo-box'), false);
        undoFailed(res);
        // Someone may have undone it meanwhile: show the promotion as it now is.
        call('GET', api('/promotions/' + encodeURIComponent(id) + '?result=failed')).then(function (now) {
          if (stillOn(id) && now.ok && now.data && now.data.undoneAt) {
            undone(now.data.undoneAt, null);
            undoFailed(res);
          } else {
            show(byId('undo-button'), true);
          }
        });
        return;
      }
      undone(res.data.undoneAt, res.data);
      onUndone();
    });
  }

  return { undone: undone };
}

/** The promotion was undone: when, and (right after the undo) what it did. */
function undone(at, report) {
  ['undo-button', 'undo-box', 'undo-error', 'send-onboarding'].forEach(function (id) { show(byId(id), false); });
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
    text += ' Teams removed: ' + (teams.length ? teams.join(', ') : 'none') + '.';
    if (left.length) {
      text += ' Left alone (changed since): ' + left.map(function (m) { return m.email || 'member ' + m.memberId; }).join(', ') + '.';
    }
  }
  const note = byId('undone-note');
  note.textContent = text;
  show(note, true);
}
