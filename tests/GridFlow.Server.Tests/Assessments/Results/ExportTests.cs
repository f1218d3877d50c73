using GridFlow.Server.Tests.Assessments.Runs;
using MiniExcelLibs;

namespace GridFlow.Server.Tests.Assessments.Results;

/// <summary>The xlsx export opens as a workbook (read back with MiniExcel) with a row per result and per scorecard line, scoped like results.</summary>
[Collection(RunsCollection.Name)]
public sealed class ExportTests(RunsFixture fixture)
{
    private static DateOnly MonthStart => RunsFixture.Today.AddDays(1 - RunsFixture.Today.Day);

    [Fact]
    public async Task The_export_is_a_workbook_of_the_callers_results_and_their_scorecard_lines()
    {
        var admin = await fixture.App.ClientForAsync("admin");
        var run = await RunsFixture.RunAsync(admin, MonthStart, RunsFixture.Today, new { regionId = fixture.Facts.DemoTownshipId });
        var runId = run.GetProperty("id").GetString();
        var supervisor = await fixture.App.ClientForAsync("county-supervisor");

        var response = await supervisor.GetAsync($"/api/assessment-runs/{runId}/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var fileName = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;
        Assert.Equal($"网格员月度考核_inspector-monthly_{MonthStart:yyyy-MM-dd}_{RunsFixture.Today:yyyy-MM-dd}.xlsx", fileName);

        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["考核结果", "扣分明细"], MiniExcel.GetSheetNames(file).ToArray());
        var rows = file.Query(useHeaderRow: true, sheetName: "考核结果").Cast<IDictionary<string, object>>().ToList();
        var results = (await supervisor.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/results?pageSize=500")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(results.Select(r => r.GetProperty("inspectorId").GetString()), rows.Select(r => (string)r["网格员编号"]));
        var own = rows.Single(r => (string)r["网格员编号"] == fixture.Facts.InspectorId.ToString());
        var card = await RunsFixture.ScorecardAsync(supervisor, run, fixture.Facts.InspectorId);
        Assert.Equal(card.GetProperty("score").GetDecimal(), Convert.ToDecimal(own["得分"]));
        Assert.Equal(card.GetProperty("grade").GetString(), own["等级"]);
        Assert.Equal("古楼街道", own["乡镇（街道）"]);
        Assert.Equal("东昌府区", own["区县"]);

        var lines = file.Query(useHeaderRow: true, sheetName: "扣分明细").Cast<IDictionary<string, object>>()
            .Where(l => (string)l["网格员编号"] == fixture.Facts.InspectorId.ToString()).ToList();
        Assert.Equal(card.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("itemId").GetString()), lines.Select(l => (string)l["考核项"]));
        var patrolLine = RunsFixture.Line(card, "missed-patrol");
        Assert.Equal(patrolLine.GetProperty("points").GetDecimal(), Convert.ToDecimal(lines.Single(l => (string)l["考核项"] == "missed-patrol")["分值"]));

        var inspector = await fixture.App.ClientForAsync("inspector");
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync($"/api/assessment-runs/{runId}/export.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync($"/api/assessment-runs/{runId}/export.xlsx?regionId={Guid.NewGuid()}")).StatusCode);
        var otherCounty = await supervisor.GetAsync($"/api/assessment-runs/{runId}/export.xlsx?regionId={fixture.Facts.OtherCountyId}");
        using var empty = new MemoryStream(await otherCounty.Content.ReadAsByteArrayAsync());
        Assert.Empty(empty.Query(useHeaderRow: true, sheetName: "考核结果"));
    }
}
