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
  var printWidth = Math.floor((210 - 24) / 25.4 * 96), printGap = 12;

  function resizeFor(print) {
    document.querySelectorAll('.chart').forEach(function (div) {
      if (!div.data || div.classList.contains('spark')) { return; }
      // The small charts print two to a row (the print style's .grid3), each half the page less the gap.
      var width = div.classList.contains('small') ? Math.floor((printWidth - printGap) / 2) : Math.min(printWidth, div.clientWidth || printWidth);
      Plotly.relayout(div, print ? { width: width, autosize: false } : { width: null, autosize: true });
    });
  }

  // A phone-width chart: the wide left margin of the municipalities' names shrinks and the names
  // are abbreviated («Абатский МО»), labels outside the plot on the right are dropped (the hover
  // keeps them), and whatever the figure itself declares for a phone (figure.phone) applies.
  var phoneWidth = 600;
  function abbreviated(name) {
    return String(name).replace(/муниципальный округ/g, 'МО').replace(/муниципальный район/g, 'МР').replace(/городской округ/g, 'ГО');
  }
  function layoutFor(div, figure) {
    if (div.classList.contains('spark') || (div.clientWidth || window.innerWidth) >= phoneWidth) { return figure.layout; }
    var layout = JSON.parse(JSON.stringify(figure.layout));
    var margin = layout.margin || {};
    layout.margin = { l: Math.min(margin.l || 60, 130), r: layout.yaxis2 ? margin.r : Math.min(margin.r || 20, 24), t: margin.t, b: margin.b };
    var categories = [];
    figure.data.forEach(function (trace) {
      (trace.y || []).forEach(function (y) { if (typeof y === 'string' && categories.indexOf(y) < 0) { categories.push(y); } });
    });
    if (categories.length && (margin.l || 0) > 130) {
      // A figure's own tick texts (a ranking's «name — value») are abbreviated the same way.
      var own = layout.yaxis && layout.yaxis.ticktext ? layout.yaxis : { tickvals: categories, ticktext: categories };
      layout.yaxis = Object.assign({}, layout.yaxis, { tickmode: 'array', tickvals: own.tickvals, ticktext: own.ticktext.map(abbreviated), tickfont: { size: 10 }, automargin: true });
    }
    if (layout.annotations) {
      layout.annotations = layout.annotations.filter(function (a) { return !(a.xref === 'paper' && a.x > 1); });
    }
    return Object.assign(layout, figure.phone || {});
  }

  function render() {
    var y = year ? year.value : null;
    document.querySelectorAll('.print-year').forEach(function (e) { e.textContent = y ? 'Данные за ' + y + ' год' : ''; });
    document.querySelectorAll('[data-year]').forEach(function (e) { e.hidden = y !== null && e.getAttribute('data-year') !== y; });
    document.querySelectorAll('.chart').forEach(function (div) {
      // A chart inside a hidden part (another year's card) waits until its part is shown.
      if (div.closest('[hidden]')) { return; }
      var chart = data.charts[div.getAttribute('data-chart')];
      var figure = chart && figureFor(chart);
      var options = div.classList.contains('spark') ? { staticPlot: true, responsive: true, locale: 'ru' } : config;
      if (figure) {
        var layout = layoutFor(div, figure);
        // The frame holds the figure's own height: Plotly's responsive resize (a rotated phone,
        // a resized window) then keeps it instead of squeezing the chart into the frame's minimum.
        // The frame is sized border-box: its toolbar strip and border (--chart-frame, none in print) come on top of the figure.
        if (layout.height && !div.classList.contains('spark')) { div.style.height = 'calc(' + layout.height + 'px + var(--chart-frame))'; }
        Plotly.react(div, figure.data, layout, options);
        link(div, figure.links, figure.columns);
      }
    });
  }

  // A chart with links (the municipalities of a ranking or the gap map): a click on a bar or a
  // cell opens that municipality's page in the selected year.
  function link(div, links, columns) {
    div.links = links;
    div.columns = columns;
    div.classList.toggle('linked', !!links);
    if (!links || div.linkBound) { return; }
    div.linkBound = true;
    div.on('plotly_click', function (event) {
      var point = event.points && event.points[0];
      var href = point && div.links && div.links[point.y];
      if (!href) { return; }
      var column = div.columns && div.columns[point.x];
      location.href = new URL(href, root).href + '#' + [year ? 'year=' + encodeURIComponent(year.value) : '', column ? 'indicator=' + encodeURIComponent(column) : '']
        .filter(Boolean).join('&');
    });
  }

  function download(name) {
    var csv = data.csv[name];
    save(csv.text, csv.file);
  }

  // A CSV as a Russian-locale Excel or LibreOffice opens it by double-click: UTF-8 with a BOM,
  // ';' between cells, CRLF, a decimal comma (a value with a comma is quoted).
  function save(text, file) {
    var blob = new Blob(['\ufeff' + text], { type: 'text/csv;charset=utf-8' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = file;
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
    var indicator = /[#&]indicator=([^&]*)/.exec(href);
    link.setAttribute('href', href.replace(/#.*$/, '') + '#year=' + encodeURIComponent(year.value) + (indicator ? '&indicator=' + indicator[1] : ''));
  });
  window.addEventListener('hashchange', function () { if (restore()) { render(); } });
  window.addEventListener('popstate', function () { if (restore()) { render(); } });
  window.addEventListener('pageshow', function () { if (restore()) { render(); } });

  var phone = window.innerWidth < phoneWidth;
  window.addEventListener('resize', function () {
    if ((window.innerWidth < phoneWidth) !== phone) { phone = !phone; render(); }
  });
  window.addEventListener('beforeprint', function () { resizeFor(true); });
  window.addEventListener('afterprint', function () { resizeFor(false); });
  if (year) { year.addEventListener('change', function () { remember(); render(); }); }
  if (entity) { entity.addEventListener('change', function () { remember(); render(); }); }
  // Text as a person types it to find a name: letter case, «ё» and runs of spaces do not matter.
  function folded(text) { return text.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' '); }
  // The header's municipality picker: a name typed or chosen opens that municipality's page in the selected year.
  var picker = document.getElementById('municipality-picker');
  var pickerList = document.getElementById('municipality-list');
  if (pickerList && window.SITE_MUNICIPALITIES) {
    // Filled from assets/municipalities.js (one list for every page); names are set as plain values.
    var options = document.createDocumentFragment();
    window.SITE_MUNICIPALITIES.forEach(function (m) {
      var o = document.createElement('option');
      o.value = m[0];
      o.setAttribute('data-href', new URL(m[1], root).href);
      options.appendChild(o);
    });
    pickerList.appendChild(options);
  }
  if (picker) {
    // On an indicator's page the municipality opens at that indicator's row.
    var here = /\/indicators\/([^\/]+)\.html$/.exec(location.pathname);
    var open = function () {
      // The name as chosen from the list, or typed: in any case, with «е» for «ё», or a part of one name only
      // («Тюмень» opens «город Тюмень»; «Ялуторовск», a part of two names, waits for a choice).
      var name = folded(picker.value);
      var all = [].slice.call(document.querySelectorAll('#municipality-list option'));
      var match = all.find(function (o) { return folded(o.value) === name; });
      if (!match && name) {
        var parts = all.filter(function (o) { return folded(o.value).indexOf(name) >= 0; });
        match = parts.length === 1 ? parts[0] : null;
      }
      if (match) {
        location.href = match.getAttribute('data-href') + '#' + [year ? 'year=' + encodeURIComponent(year.value) : '', here ? 'indicator=' + here[1] : '']
          .filter(function (p) { return p; }).join('&');
      }
    };
    picker.addEventListener('change', open);
    picker.addEventListener('keydown', function (e) { if (e.key === 'Enter') { open(); } });
  }
  document.querySelectorAll('[data-csv]').forEach(function (b) {
    b.addEventListener('click', function () { download(b.getAttribute('data-csv')); });
  });
  // Every table with a header row: sortable by any column (a click on its heading), filtered by
  // its first column (the municipality, the indicator, the organization), framed so that a wide
  // table scrolls inside the frame, and downloadable as CSV (the page's own CSV where it has one).

  // A figure as the site prints it: a sign, digits grouped by narrow spaces, a decimal comma, a unit of the catalog.
  var russianNumber = /^([+\-\u2212]?)(\d{1,3}(?:[\s\u00A0\u202F]\d{3})*|\d+)(?:,(\d+))?(?:\s*(?:%|п\.\s*п\.|чел\.|ед\.|на\s1\s000\sработников))?$/;

  function numberOf(text) {
    var m = russianNumber.exec(text.trim());
    if (!m) { return null; }
    return Number((m[1] && m[1] !== '+' ? '-' : '') + m[2].replace(/[\s\u00A0\u202F]/g, '') + (m[3] ? '.' + m[3] : ''));
  }

  function csvCell(text) {
    var number = numberOf(text);
    var cell = number !== null ? String(number).replace('.', ',') : text.replace(/\s+/g, ' ').trim();
    // A text that a spreadsheet would run as a formula is written as text.
    if (number === null && /^[=+\-@\t\r]/.test(cell)) { cell = "'" + cell; }
    return /[;",\r\n]/.test(cell) ? '"' + cell.replace(/"/g, '""') + '"' : cell;
  }

  function tableCsv(table) {
    var lines = [];
    var heading = (document.querySelector('main h1') || {}).textContent || document.title;
    lines.push(['Страница', heading]);
    var section = table.closest('[data-year]');
    // The table's title: the last heading before it.
    var sectionTitle = null;
    document.querySelectorAll('main h2, main h3').forEach(function (h) {
      if (h.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING) { sectionTitle = h.textContent; }
    });
    if (sectionTitle) { lines.push(['Таблица', sectionTitle]); }
    if (year && section) { lines.push(['Год', year.value]); }
    lines.push([]);
    var rows = [].slice.call(table.querySelectorAll('tr')).filter(function (r) { return !r.hidden; });
    rows.forEach(function (r) { lines.push([].map.call(r.cells, function (c) { return c.textContent; })); });
    return lines.map(function (cells) { return cells.map(csvCell).join(';'); }).join('\r\n') + '\r\n';
  }

  function sortKey(row, column) {
    if ([].some.call(row.cells, function (c) { return c.colSpan > 1; })) { return null; }
    var cell = row.cells[column];
    if (!cell) { return null; }
    // A cell whose text is not its order («12 из 26», «1 760 из 2 250») carries its key.
    if (cell.hasAttribute('data-sort')) { var key = cell.getAttribute('data-sort'); return key === '' ? null : Number(key); }
    var number = numberOf(cell.textContent);
    var text = cell.textContent.trim();
    // A missing figure («—») goes with the empty cells, last either way.
    return number !== null ? number : text === '\u2014' ? null : text.toLowerCase() || null;
  }

  function sortBy(table, column, th) {
    var ascending = !th.classList.contains('sorted-asc');
    [].forEach.call(table.tHead.rows[0].cells, function (c) { c.classList.remove('sorted-asc', 'sorted-desc'); });
    th.classList.add(ascending ? 'sorted-asc' : 'sorted-desc');
    var body = table.tBodies[0];
    var rows = [].slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = sortKey(a, column), y = sortKey(b, column);
      if (x === null || y === null) { return x === y ? 0 : x === null ? 1 : -1; } // empty cells last
      var order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'ru', { numeric: true });
      return ascending ? order : -order;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }

  function enhance(table, n) {
    if (!table.tHead || !table.tBodies.length || table.closest('.table-frame')) { return; }
    var frame = document.createElement('div');
    frame.className = 'table-frame';
    table.parentNode.insertBefore(frame, table);
    frame.appendChild(table);
    var tools = document.createElement('div');
    tools.className = 'table-tools noprint';
    var first = (table.tHead.rows[0].cells[0] || {}).textContent || '';
    var filter = document.createElement('input');
    filter.type = 'search';
    filter.className = 'table-filter';
    filter.placeholder = 'Фильтр: ' + first.toLowerCase();
    filter.setAttribute('aria-label', 'Фильтр по столбцу «' + first + '»');
    filter.addEventListener('input', function () {
      var q = folded(filter.value);
      [].forEach.call(table.tBodies[0].rows, function (r) {
        r.hidden = q !== '' && folded(r.cells[0].textContent).indexOf(q) < 0;
      });
    });
    tools.appendChild(filter);
    var own = frame.previousElementSibling;
    if (own && own.matches('button.csv[data-csv]')) {
      tools.appendChild(own);
    } else {
      var button = document.createElement('button');
      button.className = 'csv';
      button.type = 'button';
      button.textContent = 'Скачать CSV';
      button.addEventListener('click', function () {
        var page = location.pathname.split('/').pop().replace(/\.html$/, '');
        save(tableCsv(table), page + '_' + (n + 1) + (year ? '_' + year.value : '') + '.csv');
      });
      tools.appendChild(button);
    }
    frame.parentNode.insertBefore(tools, frame);
    [].forEach.call(table.tHead.rows[0].cells, function (th, column) {
      th.classList.add('sortable');
      th.title = 'Сортировать';
      th.addEventListener('click', function () { sortBy(table, column, th); });
    });
  }
  [].forEach.call(document.querySelectorAll('main table'), enhance);

  // Arrived at a municipality from an indicator (a gap-map cell): that indicator's row is marked
  // and scrolled to, and the breadcrumbs read Сводка → the indicator → the municipality.
  function arrive() {
    var code = readState().indicator;
    var row = code && [].find.call(document.querySelectorAll('tr[data-indicator]'), function (r) {
      return r.getAttribute('data-indicator') === code && !r.closest('[hidden]');
    });
    if (!row) { return; }
    row.classList.add('arrived');
    var crumbs = document.querySelector('nav.crumbs');
    var name = row.querySelector('a');
    if (crumbs && name && !crumbs.querySelector('.via')) {
      var via = document.createElement('a');
      via.className = 'via';
      via.href = name.getAttribute('href');
      via.textContent = name.textContent;
      var sep = document.createElement('span');
      sep.className = 'sep';
      sep.textContent = ' → ';
      crumbs.insertBefore(sep, crumbs.lastElementChild);
      crumbs.insertBefore(via, sep);
    }
    row.scrollIntoView({ block: 'center' });
  }
  restore();
  render();
  arrive();
})();
