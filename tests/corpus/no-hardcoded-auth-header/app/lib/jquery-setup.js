$.ajaxSetup({
  headers: {
    'X-Api-Key': '__FAKE_opaque_4__', // expect: hardcoded
    'X-Requested-With': 'XMLHttpRequest',
  },
});

$.ajax({
  url: '/api/profile',
  beforeSend(xhr) {
    xhr.setRequestHeader('Authorization', 'Bearer ' + window.sessionStorage.getItem('jwt'));
  },
});
