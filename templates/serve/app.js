/* global document */
// plan-check serve: the page's only script (no inline script is allowed by the page's policy).
// Filters the findings and the task rows by severity, rule and task; a drop zone for the upload.
'use strict';
(function () {
  function all(sel) {
    return Array.prototype.slice.call(document.querySelectorAll(sel));
  }
  function applyFilters() {
    var sev = all('input.f-sev')
      .filter(function (i) { return i.checked; })
      .map(function (i) { return i.value; });
    var rule = (document.getElementById('f-rule') || {}).value || '';
    var task = (document.getElementById('f-task') || {}).value || '';
    all('.finding').forEach(function (el) {
      var show = sev.indexOf(el.dataset.severity) >= 0 && (!rule || el.dataset.rule === rule) && (!task || el.dataset.task === task);
      el.classList.toggle('hidden', !show);
    });
    all('.mark').forEach(function (el) {
      var show = sev.indexOf(el.dataset.severity) >= 0 && (!rule || el.dataset.rule === rule);
      el.classList.toggle('hidden', !show);
    });
    all('tr.task').forEach(function (row) {
      var filtered = !!rule || sev.length < 3;
      var marks = row.querySelectorAll('.mark:not(.hidden)').length;
      var show = (!task || row.dataset.task === task) && (!filtered || marks > 0);
      row.classList.toggle('hidden', !show);
    });
  }
  function setupFilters() {
    all('input.f-sev').forEach(function (i) { i.addEventListener('change', applyFilters); });
    ['f-rule', 'f-task'].forEach(function (id) {
      var el = document.getElementById(id);
      if (el) el.addEventListener('change', applyFilters);
    });
  }
  function setupDrop() {
    var drop = document.getElementById('drop');
    var form = document.getElementById('upload');
    if (!drop || !form) return;
    var input = drop.querySelector('input[type=file]');
    ['dragenter', 'dragover'].forEach(function (ev) {
      drop.addEventListener(ev, function (e) { e.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (ev) {
      drop.addEventListener(ev, function () { drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        form.submit();
      }
    });
  }
  function setupDashboard() {
    var table = document.getElementById('matrix');
    if (!table) return;
    var search = document.getElementById('d-search');
    var status = document.getElementById('d-status');
    var locality = document.getElementById('d-locality');
    function filter() {
      var words = (search.value || '').toLowerCase();
      var place = locality ? locality.value : '';
      all('tr.plan-row').forEach(function (row) {
        var show =
          (!words || row.dataset.text.toLowerCase().indexOf(words) >= 0) &&
          (!status.value || row.dataset.status === status.value) &&
          (!place || row.dataset.locality === place);
        row.classList.toggle('hidden', !show);
      });
    }
    search.addEventListener('input', filter);
    status.addEventListener('change', filter);
    if (locality) locality.addEventListener('change', filter);
    var body = table.tBodies[0];
    all('#matrix thead th').forEach(function (th, col) {
      th.classList.add('sortable');
      th.addEventListener('click', function () {
        var asc = th.dataset.sort !== 'asc';
        all('#matrix thead th').forEach(function (h) { delete h.dataset.sort; });
        th.dataset.sort = asc ? 'asc' : 'desc';
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].textContent.trim();
          var y = b.cells[col].textContent.trim();
          var nx = parseFloat(x);
          var ny = parseFloat(y);
          var c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, 'vi');
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    setupFilters();
    setupDrop();
    setupDashboard();
  });
})();
