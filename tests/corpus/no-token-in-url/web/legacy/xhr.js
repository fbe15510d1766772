function loadProfile(token, done) {
  var xhr = new XMLHttpRequest();
  xhr.open('GET', '/api/profile?access_token=' + encodeURIComponent(token), true); // expect: tokenInQuery
  xhr.onload = function () { done(JSON.parse(xhr.responseText)); };
  xhr.send();
}

function saveProfile(token, profile, done) {
  var xhr = new XMLHttpRequest();
  xhr.open('POST', '/api/profile', true);
  xhr.setRequestHeader('Authorization', 'Bearer ' + token);
  xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
  xhr.onload = done;
  xhr.send('name=' + encodeURIComponent(profile.name) + '&client_secret=' + encodeURIComponent(profile.secret));
}
