// Renders the page's charts from the JSON embedded in it (no request leaves the site folder),
// switches the year (and, where offered, the municipality) and serves the CSV downloads.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('page-data').textContent);
  var year = document.getElementById('year');
  var entity = document.getElementById('entity');
  var config = { locale: 'ru', displaylogo: false, responsive: true };
  // The site root, from this script's own address (assets/site.js): links in charts are relative to it.
  var root = new URL('../', document.currentScript.src);

  function figureFor(chart) {
    var y = year ? year.value : '';
    if (chart.byYearEntity) { return chart.byYearEntity[y + '|' + (entity ? entity.value : 'region')]; }
    if (chart.byYear) { return chart.byYear[y]; }
    return chart.figure;
  }

  // The printable width of an A4 page (the page's @page margins) in CSS pixels: charts are laid
  // out for it before printing and back for the screen after.
  var printWidth = Math.floor((210 - 24) / 25.4 * 96);

  function resizeFor(print) {
    document.querySelectorAll('.chart').forEach(function (div) {
      if (!div.data || div.classList.contains('spark')) { return; }
      Plotly.relayout(div, print ? { width: Math.min(printWidth, div.clientWidth || printWidth), autosize: false } : { width: null, autosize: true });
    });
  }

  function render() {
    var y = year ? year.value : null;
    document.querySelectorAll('.print-year').forEach(function (e) { e.textContent = y ? 'Данные за ' + y + ' год' : ''; });
    document.querySelectorAll('[data-year]').forEach(function (e) { e.hidden = y !== null && e.getAttribute('data-year') !== y; });
    document.querySelectorAll('.chart').forEach(function (div) {
      var chart = data.charts[div.getAttribute('data-chart')];
      var figure = chart && figureFor(chart);
      var options = div.classList.contains('spark') ? { staticPlot: true, locale: 'ru' } : config;
      if (figure) {
        Plotly.react(div, figure.data, figure.layout, options);
        link(div, figure.links);
      }
    });
  }

  // A chart with links (the municipalities of a ranking or the gap map): a click on a bar or a
  // cell opens that municipality's page in the selected year.
  function link(div, links) {
    div.links = links;
    div.classList.toggle('linked', !!links);
    if (!links || div.linkBound) { return; }
    div.linkBound = true;
    div.on('plotly_click', function (event) {
      var point = event.points && event.points[0];
      var href = point && div.links && div.links[point.y];
      if (!href) { return; }
      location.href = new URL(href, root).href + (year ? '#year=' + encodeURIComponent(year.value) : '');
    });
  }

  function download(name) {
    var csv = data.csv[name];
    var blob = new Blob(['\ufeff' + csv.text], { type: 'text/csv;charset=utf-8' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = csv.file;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  // The state lives in the address (#year=2023&entity=…): it works from file://, a link can carry
  // it, and «Назад»/«Вперёд» restore it; every link to another page of the site takes it along.
  function readState() {
    var state = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
      var parts = pair.split('=');
      if (parts.length === 2) { state[decodeURIComponent(parts[0])] = decodeURIComponent(parts[1]); }
    });
    return state;
  }

  function choose(select, value) {
    if (!select || value === undefined) { return false; }
    var known = [].some.call(select.options, function (o) { return o.value === value; });
    if (known && select.value !== value) { select.value = value; return true; }
    return false;
  }

  function stateHash() {
    var parts = [];
    if (year) { parts.push('year=' + encodeURIComponent(year.value)); }
    if (entity && entity.value !== 'region') { parts.push('entity=' + encodeURIComponent(entity.value)); }
    return parts.length ? '#' + parts.join('&') : '';
  }

  function remember() {
    var hash = stateHash();
    if (hash !== location.hash) { history.pushState(null, '', location.pathname + location.search + hash); }
  }

  function restore() {
    var state = readState();
    var changed = choose(year, state.year);
    changed = choose(entity, state.entity || (entity ? 'region' : undefined)) || changed;
    return changed;
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href]');
    if (!link || !year) { return; }
    var href = link.getAttribute('href');
    if (/^[a-z]+:/i.test(href) || href.charAt(0) === '#' || !/\.html(#.*)?$/.test(href)) { return; }
    link.setAttribute('href', href.replace(/#.*$/, '') + '#year=' + encodeURIComponent(year.value));
  });
  window.addEventListener('hashchange', function () { if (restore()) { render(); } });
  window.addEventListener('popstate', function () { if (restore()) { render(); } });
  window.addEventListener('pageshow', function () { if (restore()) { render(); } });

  window.addEventListener('beforeprint', function () { resizeFor(true); });
  window.addEventListener('afterprint', function () { resizeFor(false); });
  if (year) { year.addEventListener('change', function () { remember(); render(); }); }
  if (entity) { entity.addEventListener('change', function () { remember(); render(); }); }
  // The header's municipality picker: a name typed or chosen opens that municipality's page in the selected year.
  var picker = document.getElementById('municipality-picker');
  if (picker) {
    var open = function () {
      var name = picker.value.trim().toLowerCase();
      var match = [].find.call(document.querySelectorAll('#municipality-list option'), function (o) { return o.value.toLowerCase() === name; });
      if (match) { location.href = match.getAttribute('data-href') + (year ? '#year=' + encodeURIComponent(year.value) : ''); }
    };
    picker.addEventListener('change', open);
    picker.addEventListener('keydown', function (e) { if (e.key === 'Enter') { open(); } });
  }
  document.querySelectorAll('[data-csv]').forEach(function (b) {
    b.addEventListener('click', function () { download(b.getAttribute('data-csv')); });
  });
  restore();
  render();
})();
