using System.Text;

namespace GridFlow.Server.Tests.Operations;

/// <summary>Malformed JSON, wrong types, missing fields, unknown ids and oversized bodies get clear problem details.</summary>
public sealed class BadInputTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly GridFlowApp app = fixture.App;

    [Fact]
    public async Task MalformedJson_Is400OnTheBody()
    {
        var admin = await app.ClientForAsync("admin");

        var response = await admin.PostAsync("/api/grids", new StringContent("{\"code\": \"X\", ", Encoding.UTF8, "application/json"));

        await ProblemAssert.HasFieldErrorAsync(response, "body");
    }

    [Theory]
    [InlineData("{\"code\":\"X\",\"name\":\"x\",\"regionId\":123,\"boundary\":null}", "regionId", "wrong JSON type")]
    [InlineData("{\"code\":\"X\",\"name\":\"x\",\"regionId\":\"not-a-guid\"}", "regionId", "wrong JSON type")]
    [InlineData("{\"code\":\"X\",\"name\":\"x\",\"boundary\":{\"type\":\"Polygon\",\"coordinates\":\"nope\"}}", "boundary.coordinates", "wrong JSON type")]
    [InlineData("{\"code\":7,\"name\":\"x\"}", "code", "wrong JSON type")]
    public async Task WrongType_Is400NamingTheField(string body, string field, string expected)
    {
        var admin = await app.ClientForAsync("admin");

        var response = await admin.PostAsync("/api/grids", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Contains(expected, await ProblemAssert.HasFieldErrorAsync(response, field));
    }

    [Fact]
    public async Task MissingFields_Is400NamingEachField()
    {
        var admin = await app.ClientForAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/grids", new { name = "x" });

        foreach (var field in new[] { "code", "regionId", "boundary" })
        {
            await ProblemAssert.HasFieldErrorAsync(response, field);
        }
    }

    [Fact]
    public async Task InspectorWithUnknownStatusAndBadEmail_Is400NamingBoth()
    {
        var admin = await app.ClientForAsync("admin");
        var facts = await DemoFacts.LoadAsync(app);

        var response = await admin.PostAsJsonAsync("/api/inspectors", new { name = "张三", status = "retired", email = "nope", hireDate = "2024-01-01", regionId = facts.DemoTownshipId });

        await ProblemAssert.HasFieldErrorAsync(response, "status");
        await ProblemAssert.HasFieldErrorAsync(response, "email");
    }

    [Theory]
    [InlineData("/api/grids/00000000-0000-0000-0000-000000000001")]
    [InlineData("/api/grids/00000000-0000-0000-0000-000000000001/assignments")]
    [InlineData("/api/grids/not-an-id")]
    [InlineData("/api/inspectors/00000000-0000-0000-0000-000000000001")]
    [InlineData("/api/grids?regionId=00000000-0000-0000-0000-000000000001")]
    [InlineData("/api/nothing-here")]
    public async Task UnknownId_Is404(string url)
    {
        var admin = await app.ClientForAsync("admin");

        var response = await admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task UnknownId_OnWrite_Is404()
    {
        var admin = await app.ClientForAsync("admin");

        var response = await admin.PutAsJsonAsync("/api/grids/00000000-0000-0000-0000-000000000001", new { name = "x", boundary = Polygons.Rectangle(1, 1, 2, 2) });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(0, 50, "page")]
    [InlineData(1, 501, "pageSize")]
    public async Task BadPaging_Is400(int page, int pageSize, string field)
    {
        var admin = await app.ClientForAsync("admin");

        var response = await admin.GetAsync($"/api/grids?page={page}&pageSize={pageSize}");

        await ProblemAssert.HasFieldErrorAsync(response, field);
    }

    [Fact]
    public async Task BodyOverTheLimit_Is413()
    {
        var admin = await app.ClientForAsync("admin");
        var huge = new string('x', 2 * 1024 * 1024);

        var response = await admin.PostAsync("/api/grids", new StringContent($"{{\"name\":\"{huge}\"}}", Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }
}
