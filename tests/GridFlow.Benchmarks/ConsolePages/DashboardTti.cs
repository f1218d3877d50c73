using Microsoft.Playwright;

namespace GridFlow.Benchmarks.ConsolePages;

/// <summary>
/// Time to interactive of <c>/dashboard</c> in the browser: from the navigation's start (<c>performance.now()</c>'s
/// origin) until every chart of the page has drawn its data — each chart element marks itself
/// <c>data-chart-ready="true"</c> after ECharts' <c>setOption</c> with the figures, which happens in the live circuit only,
/// so it also covers Blazor starting and the circuit's own reads.
/// </summary>
public static class DashboardTti
{
    private const string ChartsDrawn = """
        () => {
            const charts = [...document.querySelectorAll('[id^="chart-"]')];
            return charts.length >= 3 && charts.every(c => c.dataset.chartReady === 'true');
        }
        """;

    public static async Task<double> LoadAsync(IPage page)
    {
        await page.GotoAsync("/dashboard", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync(ChartsDrawn, null, new PageWaitForFunctionOptions { PollingInterval = 10, Timeout = 60_000 });
        return await page.EvaluateAsync<double>("() => performance.now()");
    }
}
