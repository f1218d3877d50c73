namespace GridFlow.Server.Tests.Operations;

public sealed class DefaultEndpointsTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/openapi/v1.json", "application/json")]
    [InlineData("/scalar/v1", "text/html")]
    public async Task PublicPage_AnswersWithoutSignIn(string url, string mediaType)
    {
        var response = await fixture.App.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_DescribesTheContractRoutes()
    {
        var document = await fixture.App.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/auth/login", "/api/auth/refresh", "/api/me", "/api/regions", "/api/grids", "/api/grids/{id}", "/api/grids/locate", "/api/inspectors", "/api/inspectors/{id}" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }
    }

    [Fact]
    public async Task OpenApi_DescribesTheTaskFormAndOutcomes_ThoughTheyArePassedThroughAsStored()
    {
        var document = await fixture.App.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var task = document.GetProperty("components").GetProperty("schemas").GetProperty("TaskView").GetProperty("properties");
        var outcomes = Resolve(document, task.GetProperty("outcomes"));
        Assert.Equal("array", outcomes.GetProperty("type").GetString());
        Assert.Equal("string", outcomes.GetProperty("items").GetProperty("type").GetString());
        var form = Resolve(document, task.GetProperty("form"));
        Assert.Equal("array", form.GetProperty("type").GetString());
        var field = Resolve(document, form.GetProperty("items"));
        foreach (var name in new[] { "name", "label", "type", "required", "min", "choices" })
        {
            Assert.True(field.GetProperty("properties").TryGetProperty(name, out _), $"form items lack '{name}'");
        }
    }

    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;
}
