export function loadReport(id, onDone) {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', `/reports/${id}`);
  xhr.setRequestHeader('Accept', 'application/json');
  xhr.setRequestHeader('X-Auth-Token', '__FAKE_opaque_3__'); // expect: hardcoded
  xhr.onload = () => onDone(JSON.parse(xhr.responseText));
  xhr.send();
}

export function loadWithSession(id, session) {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', `/reports/${id}`);
  xhr.setRequestHeader('X-Auth-Token', session.token);
  xhr.send();
}
