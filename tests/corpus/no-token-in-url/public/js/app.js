$(document).ready(function () {
  var hash = window.location.hash.substring(1);
  var accessToken = new URLSearchParams(hash).get('access_token');

  $.ajax({
    dataType: 'json',
    type: 'GET',
    url: 'https://api.mercadolibre.com/users/me?access_token=' + accessToken, // expect: tokenInQuery
    success: function (data) {
      $('#username').text(data.first_name);
    },
  });

  $.getJSON('https://api.mercadolibre.com/sites/MLA/search', { q: $('#q').val() }, render);
});
