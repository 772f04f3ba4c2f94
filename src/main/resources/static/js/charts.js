// Draws the charts of a page from their canvas' data attributes (no inline script: the CSP forbids it).
// <canvas data-chart="bar" data-unit="%|" data-title="…" data-labels="a|b|c" data-values="1|2|3">, inside a
// sized .antt-chart box. Charts people read (issue 14 §7): horizontal bars, the axis in the unit (a share's axis
// runs 0–100%), each bar's value written at its end, long labels on several lines rather than cut. Each chart has
// its table beside it, so nothing is shown only as a picture; a single bar is rendered as its figure by the page.
(function () {
    if (typeof Chart === 'undefined') {
        return;
    }
    var number = new Intl.NumberFormat('vi-VN', {maximumFractionDigits: 1});

    // A label of more than ~18 characters goes on several lines, broken between words.
    function lines(label) {
        var words = label.split(' ');
        var result = [];
        var line = '';
        words.forEach(function (word) {
            if (line && (line + ' ' + word).length > 18) {
                result.push(line);
                line = word;
            } else {
                line = line ? line + ' ' + word : word;
            }
        });
        result.push(line);
        return result.length === 1 ? result[0] : result;
    }

    // Writes each bar's value at its end: inside a bar that reaches the right edge, else just past it.
    var values = {
        id: 'anttValues',
        afterDatasetsDraw: function (chart) {
            var ctx = chart.ctx;
            var unit = chart.options.plugins.anttValues.unit;
            var area = chart.chartArea;
            chart.getDatasetMeta(0).data.forEach(function (bar, i) {
                var text = number.format(chart.data.datasets[0].data[i]) + unit;
                ctx.save();
                ctx.font = '600 13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
                ctx.textBaseline = 'middle';
                var width = ctx.measureText(text).width;
                var inside = bar.x + 6 + width > area.right;
                ctx.fillStyle = inside ? '#ffffff' : '#212529';
                ctx.textAlign = inside ? 'right' : 'left';
                ctx.fillText(text, inside ? bar.x - 6 : bar.x + 6, bar.y);
                ctx.restore();
            });
        }
    };

    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var unit = canvas.dataset.unit || '';
        var share = unit === '%';
        var data = (canvas.dataset.values || '').split('|').map(Number);
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: (canvas.dataset.labels || '').split('|').map(lines),
                datasets: [{label: canvas.dataset.title, data: data, backgroundColor: '#0d6efd', maxBarThickness: 36}]
            },
            plugins: [values],
            options: {
                indexAxis: 'y',
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                plugins: {
                    legend: {display: false},
                    anttValues: {unit: unit},
                    tooltip: {callbacks: {label: function (item) { return number.format(item.raw) + unit; }}}
                },
                scales: {
                    // a count's axis leaves room past the longest bar for its value
                    x: share ? {min: 0, max: 100, ticks: {callback: function (v) { return v + '%'; }}}
                        : {beginAtZero: true, grace: '20%', ticks: {precision: 0}},
                    y: {ticks: {autoSkip: false, font: {size: 13}}}
                }
            }
        });
    });
}());
