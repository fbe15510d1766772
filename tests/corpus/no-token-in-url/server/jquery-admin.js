$(function () {
  var key = window.ADMIN_KEY;
  $.get('/admin/api/stats', { api_key: key, range: '7d' }, function (data) { // expect: tokenInQuery
    $('#stats').text(JSON.stringify(data));
  });
  $.post('/admin/api/login', { client_secret: key }, function () {});
  $.ajax({ url: '/admin/api/users', method: 'GET', data: { apikey: key } }); // expect: tokenInQuery
  $.ajax({ url: '/admin/api/users', method: 'DELETE', headers: { Authorization: 'Bearer ' + key } });
});
