/* One member: the onboarding email button, and the extensions' sections, each table filled
   from the route the server put in its data-source, a cell per column template. */
import { api, call, problem } from './http.js';
import { byId, cell, clearTable, el, fill, show } from './dom.js';

export function setupMember() {
  const member = byId('member');
  if (!member) { return; }
  const id = member.getAttribute('data-member');
  const send = byId('send-member-email');
  if (send) {
    send.addEventListener('click', function () {
      send.disabled = true;
      call('POST', api('/members/' + encodeURIComponent(id) + '/onboarding-email')).then(function (res) {
        if (res.ok) {
          const status = byId('email-status');
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
  document.querySelectorAll('.extension-section').forEach(fillSection);
}

function fillSection(section) {
  const status = section.querySelector('[data-status]');
  if (!status) { return; } // the extension is off in this community
  const boxes = Array.prototype.slice.call(section.querySelectorAll('[data-source]'));
  Promise.all(boxes.map(function (box) { return call('GET', box.getAttribute('data-source')); })).then(function (answers) {
    const refused = answers.filter(function (res) { return !res.ok; })[0];
    if (refused) {
      status.textContent = problem(refused);
      return;
    }
    const said = [];
    boxes.forEach(function (box, i) {
      const items = Array.isArray(answers[i].data) ? answers[i].data : [];
      const table = box.querySelector('table');
      const columns = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) {
        return { header: th.textContent, template: th.getAttribute('data-template') || '' };
      });
      const body = clearTable(table);
      items.forEach(function (item) {
        const tr = el('tr');
        columns.forEach(function (c) { cell(tr, c.header, fill(c.template, item)); });
        body.appendChild(tr);
      });
      show(box, items.length > 0);
      if (!items.length && box.getAttribute('data-empty')) { said.push(box.getAttribute('data-empty')); }
    });
    status.textContent = said.join(' ');
  });
}
