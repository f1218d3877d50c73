namespace GridFlow.Server.Tests.Workflows.Management;

/// <summary>Working days over HTTP: the official calendar (Spring Festival 2026), local non-working days and local make-up workdays.</summary>
public sealed class WorkingCalendarApiTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private const string FridayBeforeSpringFestival = "2026-02-13T10:00:00+08:00";

    private readonly GridFlowApp app = fixture.App;

    [Theory]
    // Saturday 14 February is an official make-up workday (调休); 15–23 February are the Spring Festival holiday.
    [InlineData(1, "2026-02-14T10:00:00+08:00")]
    [InlineData(2, "2026-02-24T10:00:00+08:00")]
    [InlineData(3, "2026-02-25T10:00:00+08:00")]
    [InlineData(0, FridayBeforeSpringFestival)]
    public async Task AddWorkingDays_AcrossTheSpringFestival_SkipsTheHolidayAndCountsTheMakeUpDay(int days, string expected)
    {
        var inspector = await app.ClientForAsync("inspector");

        var dueAt = await DueAtAsync(inspector, FridayBeforeSpringFestival, days);

        Assert.Equal(DateTimeOffset.Parse(expected), dueAt);
        Assert.Equal(TimeSpan.FromHours(8), dueAt.Offset);
    }

    [Fact]
    public async Task LocalNonWorkingDay_IsSkipped_UntilDeleted()
    {
        var designer = await app.ClientForAsync("designer");

        var put = await designer.PutAsJsonAsync("/api/calendar/non-working-days/2026-02-24", new { reason = "县里停工 County closure" });
        var withLocalDay = await DueAtAsync(designer, FridayBeforeSpringFestival, 2);
        var listed = await designer.GetFromJsonAsync<List<JsonElement>>("/api/calendar/non-working-days?year=2026");
        var otherYear = await designer.GetFromJsonAsync<List<JsonElement>>("/api/calendar/non-working-days?year=2025");
        var deleted = await designer.DeleteAsync("/api/calendar/non-working-days/2026-02-24");
        var afterDelete = await DueAtAsync(designer, FridayBeforeSpringFestival, 2);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(DateTimeOffset.Parse("2026-02-25T10:00:00+08:00"), withLocalDay);
        var day = Assert.Single(listed!);
        Assert.Equal(("2026-02-24", "县里停工 County closure"), (day.GetProperty("date").GetString(), day.GetProperty("reason").GetString()));
        Assert.Empty(otherYear!);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(DateTimeOffset.Parse("2026-02-24T10:00:00+08:00"), afterDelete);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.DeleteAsync("/api/calendar/non-working-days/2026-02-24")).StatusCode);
    }

    [Fact]
    public async Task LocalMakeUpWorkday_IsCounted_EvenInAnOfficialHoliday_UntilDeleted()
    {
        var designer = await app.ClientForAsync("designer");

        // Saturday 21 February 2026 is inside the Spring Festival holiday.
        var put = await designer.PutAsJsonAsync("/api/calendar/make-up-workdays/2026-02-21", new { reason = "防汛值守 Flood duty" });
        var withLocalDay = await DueAtAsync(designer, FridayBeforeSpringFestival, 2);
        var listed = await designer.GetFromJsonAsync<List<JsonElement>>("/api/calendar/make-up-workdays?year=2026");
        var offDays = await designer.GetFromJsonAsync<List<JsonElement>>("/api/calendar/non-working-days?year=2026");
        var deleted = await designer.DeleteAsync("/api/calendar/make-up-workdays/2026-02-21");
        var afterDelete = await DueAtAsync(designer, FridayBeforeSpringFestival, 2);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(DateTimeOffset.Parse("2026-02-21T10:00:00+08:00"), withLocalDay);
        var day = Assert.Single(listed!);
        Assert.Equal(("2026-02-21", "防汛值守 Flood duty"), (day.GetProperty("date").GetString(), day.GetProperty("reason").GetString()));
        Assert.Empty(offDays!);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(DateTimeOffset.Parse("2026-02-24T10:00:00+08:00"), afterDelete);
    }

    [Fact]
    public async Task ADate_IsEitherADayOffOrAWorkday_NeverBoth()
    {
        var designer = await app.ClientForAsync("designer");
        Assert.Equal(HttpStatusCode.OK, (await designer.PutAsJsonAsync("/api/calendar/non-working-days/2026-06-05", new { reason = "县庆 County day" })).StatusCode);

        var asWorkday = await designer.PutAsJsonAsync("/api/calendar/make-up-workdays/2026-06-05", new { reason = "x" });
        var deleteAsWorkday = await designer.DeleteAsync("/api/calendar/make-up-workdays/2026-06-05");

        Assert.Equal(HttpStatusCode.Conflict, asWorkday.StatusCode);
        Assert.Equal("application/problem+json", asWorkday.Content.Headers.ContentType?.MediaType);
        Assert.Contains("2026-06-05 is already a local non-working day", (await asWorkday.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, deleteAsWorkday.StatusCode);
        var offDay = Assert.Single(await designer.GetFromJsonAsync<List<JsonElement>>("/api/calendar/non-working-days?year=2026") ?? []);
        Assert.Equal("县庆 County day", offDay.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await designer.DeleteAsync("/api/calendar/non-working-days/2026-06-05")).StatusCode);
    }

    [Fact]
    public async Task MakeUpWorkday_WithoutAReasonOrWithABadDate_Is400()
    {
        var designer = await app.ClientForAsync("designer");

        await ProblemAssert.HasFieldErrorAsync(await designer.PutAsJsonAsync("/api/calendar/make-up-workdays/2026-06-06", new { reason = "" }), "reason");
        await ProblemAssert.HasFieldErrorAsync(await designer.PutAsJsonAsync("/api/calendar/make-up-workdays/2026-02-30", new { reason = "x" }), "date");
        Assert.Empty(await designer.GetFromJsonAsync<List<JsonElement>>("/api/calendar/make-up-workdays") ?? []);
    }

    [Fact]
    public async Task AddWorkingDays_WithNegativeDaysOrNoStart_Is400()
    {
        var inspector = await app.ClientForAsync("inspector");

        await ProblemAssert.HasFieldErrorAsync(await inspector.GetAsync($"/api/calendar/working-days/add?from={Uri.EscapeDataString(FridayBeforeSpringFestival)}&days=-1"), "days");
        await ProblemAssert.HasFieldErrorAsync(await inspector.GetAsync("/api/calendar/working-days/add?days=1"), "from");
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59Z", 1, "from")]
    [InlineData("0001-01-01T00:00:00Z", 1, "from")]
    [InlineData("2101-01-01T00:00:00Z", 1, "from")]
    [InlineData("2026-03-02T09:00:00+08:00", 2501, "days")]
    [InlineData("2026-03-02T09:00:00+08:00", 2147483647, "days")]
    public async Task AddWorkingDays_OutsideTheBounds_Is400NamingTheParameter_NotAnOverflow(string from, int days, string field)
    {
        var inspector = await app.ClientForAsync("inspector");

        var response = await inspector.GetAsync($"/api/calendar/working-days/add?from={Uri.EscapeDataString(from)}&days={days}");

        await ProblemAssert.HasFieldErrorAsync(response, field);
    }

    [Fact]
    public async Task AddWorkingDays_TheMostFromTheLatestStart_IsComputed()
    {
        var inspector = await app.ClientForAsync("inspector");

        var dueAt = await DueAtAsync(inspector, "2100-12-31T09:00:00+08:00", 2500);

        Assert.InRange(dueAt.Year, 2110, 2112);
    }

    private static async Task<DateTimeOffset> DueAtAsync(HttpClient client, string from, int days)
    {
        var response = await client.GetFromJsonAsync<JsonElement>($"/api/calendar/working-days/add?from={Uri.EscapeDataString(from)}&days={days}");
        return DateTimeOffset.Parse(response.GetProperty("dueAt").GetString()!);
    }
}
