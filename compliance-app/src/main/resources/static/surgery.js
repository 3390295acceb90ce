'use strict';

/*
 * surgery.html?team=north&from=2023-12-01&to=2024-11-30&step=month: every KPI's trend for a team
 * (or the authority) as small multiples, each against its target; a point opens the KPI's
 * drill-down at that date.
 */
(() => {
    const {el, replaceChildren, getJson} = MonitorPage;
    const params = new URLSearchParams(location.search);
    const FIELDS = ['team', 'from', 'to', 'step'];

    for (const name of FIELDS) {
        if (params.get(name)) document.getElementById(name).value = params.get(name);
    }

    function query() {
        const q = new URLSearchParams();
        for (const name of FIELDS) {
            const value = params.get(name);
            if (value && value.trim()) q.set(name, value.trim());
        }
        return q;
    }

    function card(trend) {
        const latest = trend.points.length ? trend.points[trend.points.length - 1] : null;
        const chart = el('div', {class: 'chart', 'data-kpi': trend.id});
        const state = !latest || latest.meetsTarget === null ? '' : latest.meetsTarget ? 'met' : 'missed';
        const section = el('section', {class: 'kpi-card ' + state, 'data-kpi': trend.id},
            el('h2', {}, trend.label),
            el('p', {class: 'latest'}, el('strong', {}, KpiTrendChart.percent(latest ? latest.ratio : null)),
               ' on ' + (latest ? MonitorPage.date(latest.asOf) : '–') + ' · target '
               + (trend.higherIsBetter ? 'at least ' : 'at most ') + KpiTrendChart.percent(trend.target)),
            chart);
        return {section, chart};
    }

    async function show() {
        const problem = document.getElementById('problem');
        try {
            const report = await getJson('/api/kpis/trends?' + query().toString());
            document.getElementById('scope-title').textContent = report.team ? 'team ' + report.team : 'the authority';
            document.getElementById('from').value = report.from;
            document.getElementById('to').value = report.to;
            document.getElementById('period').textContent = 'As of the end of each ' + report.step.toLowerCase() + ' from '
                + MonitorPage.date(report.from) + ' to ' + MonitorPage.date(report.to) + '.';
            const multiples = document.getElementById('multiples');
            replaceChildren(multiples);
            for (const trend of report.kpis) {
                const {section, chart} = card(trend);
                multiples.appendChild(section);
                KpiTrendChart.draw(chart, trend, {
                    width: Math.max(280, section.clientWidth - 26), height: 170,
                    onPoint: point => { location.href = KpiTrendChart.drillDownHref(trend, point.asOf); }
                });
            }
            document.body.dataset.ready = 'true';
        } catch (failure) {
            problem.hidden = false;
            replaceChildren(problem, el('p', {}, 'Could not load the trends: ' + failure.message));
        }
    }

    show();
})();
