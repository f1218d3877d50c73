// ECharts for the dashboard (JS interop): each chart lives on its element, is drawn from the option the page builds,
// follows the window's size, and is disposed when the page leaves. A click on a data item opens the link the page
// gave for it (links[seriesIndex][dataIndex]) through Blazor's navigation.
import { script } from './vendor-loader.js';

const charts = new Set();
let listening = false;

function resizeAll() {
    for (const chart of charts) {
        chart.resize();
    }
}

export async function render(element, option, links, locale) {
    await script('echarts/echarts.min.js');
    let chart = window.echarts.getInstanceByDom(element);
    if (!chart) {
        chart = window.echarts.init(element, null, { locale: locale === 'en' ? 'EN' : 'ZH', renderer: 'canvas' });
        charts.add(chart);
    }
    if (!listening) {
        window.addEventListener('resize', resizeAll);
        listening = true;
    }
    // Ready once drawn and its animation ended: until then a bar is not where its layout says, nor clickable there.
    delete element.dataset.chartReady;
    chart.off('finished');
    chart.on('finished', () => { element.dataset.chartReady = 'true'; });
    // A short entrance: the figures are what a supervisor came for, not the bars growing.
    chart.setOption({ animationDuration: 300, animationDurationUpdate: 300, ...option }, true);
    chart.off('click');
    chart.on('click', params => {
        const url = links?.[params.seriesIndex ?? 0]?.[params.dataIndex];
        if (url) {
            window.Blazor.navigateTo(url);
        }
    });
}

export function dispose(element) {
    const chart = window.echarts?.getInstanceByDom(element);
    if (chart) {
        charts.delete(chart);
        chart.dispose();
    }
    if (charts.size === 0 && listening) {
        window.removeEventListener('resize', resizeAll);
        listening = false;
    }
}
