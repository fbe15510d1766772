// "hidden" with base64 so scanners do not see it
const token = atob('QVBQX1VTUi1mYWtlLWZha2UtZmFrZQ=='); // miss: an encoded token is only known at run time
document.body.dataset.ready = String(token.length > 0);
