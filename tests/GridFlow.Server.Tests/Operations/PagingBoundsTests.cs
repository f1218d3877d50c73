namespace GridFlow.Server.Tests.Operations;

/// <summary>
/// Every paged list takes <c>page</c> from 1 to 1,000,000 and <c>pageSize</c> from 1 to 500. Outside that it is a 400
/// naming the parameter: <c>page=2147483647</c> used to overflow the offset into a negative number (a 500 from
/// PostgreSQL), and some larger pages wrapped round to a 200 with the wrong items.
/// </summary>
public sealed class PagingBoundsTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly GridFlowApp app = fixture.App;

    public static TheoryData<string> Lists =>
    [
        "/api/grids?",
        "/api/inspectors?",
        "/api/issues?",
        "/api/tasks?",
        "/api/tasks?assignedTo=me&",
        "/api/escalations?",
        "/api/notifications?mine=true&",
        "/api/emails?",
    ];

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task APageBeyondTheBound_Is400NamingPage(string list)
    {
        var admin = await app.ClientForAsync("admin");

        foreach (var page in new[] { "2147483647", "1000001", "0", "-1", "4294967297" })
        {
            await ProblemAssert.HasFieldErrorAsync(await admin.GetAsync($"{list}page={page}"), "page");
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task APageSizeBeyondTheBound_Is400NamingPageSize(string list)
    {
        var admin = await app.ClientForAsync("admin");

        foreach (var size in new[] { "0", "501", "2147483647" })
        {
            await ProblemAssert.HasFieldErrorAsync(await admin.GetAsync($"{list}pageSize={size}"), "pageSize");
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task TheLastAllowedPageOfTheLargestSize_IsAnEmptyPageWithTheTotal(string list)
    {
        var admin = await app.ClientForAsync("admin");
        var first = await admin.GetFromJsonAsync<JsonElement>($"{list}pageSize=1");

        var last = await admin.GetAsync($"{list}page=1000000&pageSize=500");

        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        var body = await last.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(body.GetProperty("items").EnumerateArray());
        Assert.Equal(1000000, body.GetProperty("page").GetInt32());
        Assert.Equal(first.GetProperty("total").GetInt32(), body.GetProperty("total").GetInt32());
    }
}
