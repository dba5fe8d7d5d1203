// Renders the page's charts from the JSON embedded in it (no request leaves the site folder),
// switches the year (and, where offered, the municipality) and serves the CSV downloads.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('page-data').textContent);
  var year = document.getElementById('year');
  var entity = document.getElementById('entity');
  var config = { locale: 'ru', displaylogo: false, responsive: true };

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
      if (figure) { Plotly.react(div, figure.data, figure.layout, options); }
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

  window.addEventListener('beforeprint', function () { resizeFor(true); });
  window.addEventListener('afterprint', function () { resizeFor(false); });
  if (year) { year.addEventListener('change', render); }
  if (entity) { entity.addEventListener('change', render); }
  document.querySelectorAll('[data-csv]').forEach(function (b) {
    b.addEventListener('click', function () { download(b.getAttribute('data-csv')); });
  });
  render();
})();
