(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.finding'));
  var search = document.getElementById('q');
  var selects = {
    severity: document.getElementById('f-severity'),
    practice: document.getElementById('f-practice'),
    file: document.getElementById('f-file')
  };
  var shown = document.getElementById('shown');
  var noMatch = document.getElementById('no-match');
  var keys = { severity: 'severity', practice: 'practice', file: 'path' };

  function apply() {
    var text = search.value.trim().toLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var ok = !text || row.getAttribute('data-search').indexOf(text) >= 0;
      Object.keys(selects).forEach(function (name) {
        var wanted = selects[name].value;
        if (wanted && row.getAttribute('data-' + keys[name]) !== wanted) {
          ok = false;
        }
      });
      row.hidden = !ok;
      if (ok) {
        count++;
      }
    });
    shown.textContent = String(count);
    document.body.setAttribute('data-shown', String(count));
    if (noMatch) {
      noMatch.hidden = count !== 0 || rows.length === 0;
    }
  }

  function choose(select, value) {
    select.value = value || '';
    if (select.value !== (value || '')) {
      select.value = '';
    }
  }

  function readHash() {
    var hash = window.location.hash.slice(1);
    if (hash.indexOf('=') < 0) {
      return false;
    }
    var params = new URLSearchParams(hash);
    search.value = params.get('q') || '';
    Object.keys(selects).forEach(function (name) {
      choose(selects[name], params.get(name));
    });
    return true;
  }

  function writeHash() {
    var params = new URLSearchParams();
    if (search.value) {
      params.set('q', search.value);
    }
    Object.keys(selects).forEach(function (name) {
      if (selects[name].value) {
        params.set(name, selects[name].value);
      }
    });
    var hash = params.toString();
    history.replaceState(null, '', hash ? '#' + hash : window.location.pathname + window.location.search);
  }

  function changed() {
    apply();
    writeHash();
  }

  search.addEventListener('input', changed);
  Object.keys(selects).forEach(function (name) {
    selects[name].addEventListener('change', changed);
  });
  window.addEventListener('hashchange', function () {
    if (readHash()) {
      apply();
    }
  });
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) {
      d.open = true;
    });
  });
  readHash();
  apply();
  document.body.setAttribute('data-ready', 'true');
})();
