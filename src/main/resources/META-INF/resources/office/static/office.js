// The pages' few behaviours, kept out of the HTML so that the Content-Security-Policy can forbid inline scripts.
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  } else if (event.target.closest('[data-back]') && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});
