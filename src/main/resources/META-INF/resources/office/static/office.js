// The pages' few behaviours, kept out of the HTML so that the Content-Security-Policy can forbid inline scripts.
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  } else if (event.target.closest('[data-back]') && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});

// The release form shows only the documents of the kind of recipient chosen; the others are disabled, so not sent.
function showReleaseKind(select) {
  select.form.querySelectorAll('fieldset[data-kinds]').forEach(function (fieldset) {
    var shown = fieldset.getAttribute('data-kinds').split(' ').indexOf(select.value) >= 0;
    fieldset.hidden = !shown;
    fieldset.disabled = !shown;
  });
}
document.addEventListener('change', function (event) {
  if (event.target.matches('[data-release-kind]')) {
    showReleaseKind(event.target);
  }
});
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-release-kind]').forEach(showReleaseKind);
});
