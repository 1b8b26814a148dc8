// The dashboard's charts: every element with data-chart becomes an ECharts chart, drawn as SVG.
// The page writes the data; this script only draws it (no inline scripts under the pages' CSP).
(function () {
  'use strict';
  var font = getComputedStyle(document.body).fontFamily;
  var palette = ['#1f6f8b', '#b5152b', '#1e7b34', '#c68a00', '#6a4c93', '#2a9d8f', '#8d6e63', '#5c6bc0', '#ef6c00'];

  function trend(element, data) {
    return {
      color: ['#1f6f8b', '#999'],
      textStyle: { fontFamily: font },
      grid: { left: 48, right: 24, top: 32, bottom: 28 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [element.dataset.actualLabel, element.dataset.targetLabel] },
      // years read left to right in both languages, as on any time axis
      xAxis: { type: 'category', data: data.years.map(String) },
      yAxis: { type: 'value', scale: true },
      series: [
        { name: element.dataset.actualLabel, type: 'line', data: data.actual, connectNulls: true,
          symbolSize: 8, label: { show: true, position: 'top' } },
        { name: element.dataset.targetLabel, type: 'line', data: data.target, connectNulls: true,
          lineStyle: { type: 'dashed' }, symbol: 'none' }
      ]
    };
  }

  function pie(element, data) {
    return {
      color: palette,
      textStyle: { fontFamily: font },
      tooltip: { trigger: 'item', formatter: function (p) {
        return p.name + ': ' + Number(p.value).toLocaleString('en-US') + ' \u20aa (' + p.percent + '%)';
      } },
      legend: { type: 'scroll', bottom: 0, left: 'center' },
      series: [{ type: 'pie', radius: ['30%', '58%'], center: ['50%', '44%'],
        label: { show: true, formatter: '{d}%' }, data: data }]
    };
  }

  // someone who asked their system for less motion (WCAG 2.3.3) gets each chart drawn at once, not grown
  var reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  document.querySelectorAll('.chart[data-chart]').forEach(function (element) {
    var data = JSON.parse(element.dataset.chart);
    var chart = echarts.init(element, null, { renderer: 'svg' });
    var options = element.dataset.kind === 'pie' ? pie(element, data) : trend(element, data);
    options.animation = !reducedMotion;
    chart.setOption(options);
    window.addEventListener('resize', function () { chart.resize(); });
  });
  document.body.dataset.ready = 'true';
})();
