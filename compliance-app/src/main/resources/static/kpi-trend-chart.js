'use strict';

/*
 * A KPI's trend against its target, drawn with uPlot (served by the app from its WebJar, nothing
 * from elsewhere). Each point is the KPI as of a step's end; clicking one hands that point to
 * onPoint (the pages open the drill-down of the KPI at that date). Beside the canvas, the same
 * figures as links in a collapsed table, for keyboards and screen readers.
 */
const KpiTrendChart = (() => {

    const LINE = '#1d70b8';
    const TARGET = '#d4351c';

    /** The drill-down page of the trend's KPI and scope as of the date. */
    function drillDownHref(trend, asOf) {
        const query = new URLSearchParams({kpi: trend.id});
        if (trend.teamId) query.set('team', trend.teamId);
        if (trend.workerId) query.set('worker', trend.workerId);
        query.set('asOf', asOf);
        return '/kpi.html?' + query.toString();
    }

    function percent(ratio) {
        return ratio === null || ratio === undefined ? '–' : Math.round(ratio * 1000) / 10 + '%';
    }

    /**
     * Draws the trend into container (emptied first) and returns the uPlot instance, which is also
     * kept as container.uplot.
     */
    function draw(container, trend, {width, height, onPoint}) {
        while (container.firstChild) container.removeChild(container.firstChild);
        // Noon UTC: the as-of day whatever the browser's time zone.
        const days = trend.points.map(point => Date.parse(point.asOf + 'T12:00:00Z') / 1000);
        const ratios = trend.points.map(point => point.ratio === null ? null : point.ratio * 100);
        const target = trend.points.map(() => trend.target * 100);
        const better = trend.higherIsBetter ? 'higher' : 'lower';
        const plot = new uPlot({
            width,
            height,
            scales: {x: {time: true}, y: {range: [0, 100]}},
            axes: [{}, {values: (u, ticks) => ticks.map(tick => tick + '%'), size: 52}],
            legend: {show: false},
            cursor: {drag: {x: false, y: false}, points: {size: 11}},
            series: [
                {},
                {label: trend.label, stroke: LINE, width: 2, spanGaps: false,
                 points: {show: true, size: 7, fill: LINE, stroke: LINE}},
                {label: 'Target', stroke: TARGET, width: 1, dash: [6, 4], points: {show: false}}
            ]
        }, [days, ratios, target], container);
        plot.root.setAttribute('role', 'img');
        plot.root.setAttribute('aria-label', trend.label + ': ' + trend.points.length + ' points from ' + trend.from
            + ' to ' + trend.to + ', latest ' + percent(trend.points.length ? trend.points[trend.points.length - 1].ratio : null)
            + ', target ' + percent(trend.target) + ' (' + better + ' is better)');
        plot.over.style.cursor = 'pointer';
        plot.over.addEventListener('click', () => {
            const index = plot.cursor.idx;
            if (index !== null && index !== undefined) onPoint(trend.points[index]);
        });
        container.uplot = plot;
        container.dataset.points = String(trend.points.length);
        container.appendChild(figures(trend, onPoint));
        return plot;
    }

    function figures(trend, onPoint) {
        const el = MonitorPage.el;
        return el('details', {class: 'trend-figures'},
            el('summary', {}, 'Figures'),
            el('table', {},
                el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'As of'), el('th', {scope: 'col'}, 'KPI'),
                                   el('th', {scope: 'col'}, 'Of'))),
                el('tbody', {}, trend.points.map(point => el('tr', {'data-as-of': point.asOf},
                    el('td', {}, el('a', {href: drillDownHref(trend, point.asOf), onclick: event => {
                        event.preventDefault();
                        onPoint(point);
                    }}, MonitorPage.date(point.asOf))),
                    el('td', {}, percent(point.ratio)),
                    el('td', {}, point.numerator + ' of ' + point.denominator))))));
    }

    return {draw, drillDownHref, percent};
})();
