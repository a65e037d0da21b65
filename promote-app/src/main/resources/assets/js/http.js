/* Calls to the JSON API with the session cookie; every change carries the page's CSRF token
   in X-CSRF-Token. Answers come back as {status, ok, data}, never as a thrown error. */

const csrfMeta = document.querySelector('meta[name="csrf-token"]');
const csrf = csrfMeta ? csrfMeta.getAttribute('content') : '';
const main = document.querySelector('main[data-community]');
const community = main ? main.getAttribute('data-community') : null;

/** A path of the current community's API. */
export function api(path) {
  return '/api/communities/' + encodeURIComponent(community) + path;
}

export function call(method, url, body) {
  const headers = { 'Accept': 'application/json' };
  if (method !== 'GET') {
    headers['X-CSRF-Token'] = csrf;
  }
  if (typeof body === 'string') {
    headers['Content-Type'] = 'application/json';
  }
  return fetch(url, { method: method, headers: headers, body: body, credentials: 'same-origin' })
    .then(function (res) {
      return res.text().then(function (text) {
        return { status: res.status, ok: res.ok, data: json(text) };
      });
    }, function () {
      return { status: 0, ok: false, data: null };
    });
}

/**
 * A multipart POST that reports how much of the file has gone up (fetch cannot), then how the
 * server answered, in the same shape as call().
 */
export function upload(url, body, onProgress) {
  return new Promise(function (resolve) {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { onProgress(e.loaded, e.total); }
    };
    xhr.upload.onload = function () { onProgress(-1, -1); };
    xhr.onload = function () {
      resolve({ status: xhr.status, ok: xhr.status >= 200 && xhr.status < 300, data: json(xhr.responseText) });
    };
    xhr.onerror = function () { resolve({ status: 0, ok: false, data: null }); };
    xhr.send(body);
  });
}

function json(text) {
  try { return text ? JSON.parse(text) : null; } catch (e) { return null; }
}

/** The server's message for a refused call, in plain words. */
export function problem(res) {
  const data = res.data || {};
  const message = typeof data.message === 'string' && data.message ? data.message : null;
  const details = Array.isArray(data.errors) ? data.errors.filter(function (e) { return e !== message; }) : [];
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
