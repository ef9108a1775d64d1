// Draws every [data-series] chart of a page with ECharts (served by the gateway) from the page's own figures: the
// JSON in the data-charts attribute, the same figures as its tables.
(function () {
  'use strict';
  var holder = document.querySelector('[data-charts]');
  if (!holder || typeof echarts === 'undefined') { return; }
  var data = JSON.parse(holder.getAttribute('data-charts'));
  document.querySelectorAll('[data-series]').forEach(function (element) {
    var series = data[element.getAttribute('data-series')];
    if (!series) { return; }
    var kind = element.getAttribute('data-kind') || 'bar';
    var percent = element.getAttribute('data-series') !== 'payers';
    echarts.init(element, null, { renderer: 'canvas' }).setOption({
      animation: false,
      grid: { left: 48, right: 12, top: 16, bottom: 56 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: series.labels, axisLabel: { interval: 0, rotate: series.labels.length > 3 ? 25 : 0, width: 90, overflow: 'truncate' } },
      yAxis: { type: 'value', axisLabel: { formatter: percent ? '{value} %' : '{value}' } },
      series: [{ type: kind, data: series.values, itemStyle: { color: '#0b4f8a' }, connectNulls: false }]
    });
  });
}());
