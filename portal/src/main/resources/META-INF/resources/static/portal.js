// Small enhancements on top of forms that work without JavaScript: live totals and confirmations.
// No inline scripts anywhere (the Content-Security-Policy forbids them): behaviour hangs on data- attributes.
(function () {
  'use strict';

  function parseAmount(text) {
    var value = parseFloat(String(text || '').replace(/[\s,]/g, ''));
    return isNaN(value) ? 0 : value;
  }

  // <output data-sum="selector"> shows the sum of the inputs the selector finds in its form.
  function updateSums(root) {
    root.querySelectorAll('output[data-sum]').forEach(function (out) {
      var form = out.closest('form') || document;
      var total = 0;
      form.querySelectorAll(out.getAttribute('data-sum')).forEach(function (input) { total += parseAmount(input.value); });
      out.value = total.toLocaleString(document.documentElement.lang || undefined,
        { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    });
  }

  // <output data-weighted-score> shows 100 x sum(weight x score / max) over inputs carrying data-weight and data-max,
  // the formula grants-service states for a review's weighted score; the service's figure is the one that counts.
  function updateWeightedScores(root) {
    root.querySelectorAll('output[data-weighted-score]').forEach(function (out) {
      var form = out.closest('form') || document;
      var total = 0, complete = true;
      form.querySelectorAll('input[data-weight][data-max]').forEach(function (input) {
        if (input.value === '') { complete = false; return; }
        total += parseFloat(input.getAttribute('data-weight')) * parseAmount(input.value) / parseFloat(input.getAttribute('data-max'));
      });
      out.value = complete ? (Math.round(total * 10000) / 100).toLocaleString(document.documentElement.lang || undefined,
        { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : '—';
    });
  }

  function refresh(root) { updateSums(root); updateWeightedScores(root); }

  document.addEventListener('input', function () { refresh(document); });
  document.addEventListener('DOMContentLoaded', function () { refresh(document); });
  document.addEventListener('htmx:afterSettle', function () { refresh(document); });

  // <form data-confirm="question"> asks before it is sent (an extra step; the server still asks where it matters).
  document.addEventListener('submit', function (event) {
    var question = event.target.getAttribute && event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) { event.preventDefault(); }
  }, true);
})();
