// Sends the reconciliation form with its CSV and shows the upload's progress; then opens the run the gateway made
// (its answer is the run's page). Without JavaScript the form posts as usual.
(function () {
  'use strict';
  var form = document.getElementById('upload');
  if (!form) { return; }
  var progress = document.getElementById('upload-progress');
  var status = document.getElementById('upload-status');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    var csrf = form.querySelector('input[name="_csrf"]');
    if (csrf) { request.setRequestHeader('X-CSRF-TOKEN', csrf.value); }
    request.upload.addEventListener('progress', function (step) {
      if (step.lengthComputable) { progress.value = Math.round(100 * step.loaded / step.total); }
    });
    request.addEventListener('load', function () {
      progress.value = 100;
      if (request.status === 200 && request.responseURL) {
        window.location.assign(request.responseURL);
      } else {
        status.textContent = request.status + ' ' + request.statusText;
      }
    });
    request.addEventListener('error', function () { status.textContent = 'error'; });
    status.textContent = '…';
    request.send(new FormData(form));
  });
}());
