// Draws the charts of a page from their canvas' data attributes (no inline script: the CSP forbids it).
// <canvas data-chart="bar|doughnut" data-title="…" data-labels="a|b|c" data-values="1|2|3">; each chart has its
// table beside it, so nothing is shown only as a picture.
(function () {
    if (typeof Chart === 'undefined') {
        return;
    }
    var colours = ['#0d6efd', '#198754', '#ffc107', '#dc3545', '#6f42c1', '#20c997', '#fd7e14', '#6c757d'];
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var type = canvas.dataset.chart;
        var labels = (canvas.dataset.labels || '').split('|');
        var values = (canvas.dataset.values || '').split('|').map(Number);
        new Chart(canvas, {
            type: type,
            data: {
                labels: labels,
                datasets: [{
                    label: canvas.dataset.title,
                    data: values,
                    backgroundColor: type === 'bar' ? colours[0] : colours.slice(0, values.length)
                }]
            },
            options: {
                indexAxis: type === 'bar' ? 'y' : undefined,
                plugins: { legend: { display: type !== 'bar', position: 'right' } },
                scales: type === 'bar' ? { x: { min: 0, max: 100 } } : {}
            }
        });
    });
}());
