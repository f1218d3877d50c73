namespace GridFlow.Server.Tests.Operations;

/// <summary>The OpenAPI document lists the statuses the operations answer with, and describes every 4xx as problem details.</summary>
public sealed class OpenApiResponsesTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    [Fact]
    public async Task SignedInOperations_Document401_AndTheBearerScheme()
    {
        var document = await DocumentAsync();

        var me = Operation(document, "get", "/api/me");
        Assert.True(me.GetProperty("responses").TryGetProperty("401", out _));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.True(me.GetProperty("security")[0].TryGetProperty("Bearer", out _));
        // Signing in needs no token.
        Assert.False(Operation(document, "post", "/api/auth/login").TryGetProperty("security", out _));
    }

    [Theory]
    [InlineData("post", "/api/auth/login", "429")]
    [InlineData("post", "/api/workflow-definitions/validate", "429")]
    [InlineData("get", "/api/emails", "403")]
    [InlineData("post", "/api/workflow-instances/migrate", "403")]
    [InlineData("post", "/api/tasks/{id}/complete", "403")]
    [InlineData("post", "/api/tasks/{id}/complete", "404")]
    [InlineData("post", "/api/tasks/{id}/complete", "409")]
    [InlineData("post", "/api/escalations/{id}/actions", "409")]
    [InlineData("post", "/api/workflow-instances/{id}/incidents/{incidentId}/retry", "409")]
    [InlineData("post", "/api/issues", "409")]
    [InlineData("put", "/api/calendar/non-working-days/{date}", "409")]
    [InlineData("post", "/api/workflow-definitions/{definitionId}/publish", "409")]
    [InlineData("post", "/api/workflow-definitions/{definitionId}/versions/{version}/retract", "409")]
    [InlineData("get", "/api/grids/{id}", "404")]
    [InlineData("get", "/api/tasks", "400")]
    [InlineData("post", "/api/issues", "413")]
    [InlineData("post", "/api/issues", "415")]
    public async Task Operation_DocumentsTheProblemItCanAnswerWith(string method, string path, string status)
    {
        var document = await DocumentAsync();

        var response = Operation(document, method, path).GetProperty("responses").GetProperty(status);

        Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{method} {path} {status}: {response}");
    }

    [Fact]
    public async Task AnIdCheckedByItsRoute_CannotBeABadRequest()
    {
        var document = await DocumentAsync();

        Assert.False(Operation(document, "get", "/api/tasks/{id}").GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public async Task EveryClientError_IsProblemDetails()
    {
        var document = await DocumentAsync();

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                foreach (var response in operation.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('4')))
                {
                    Assert.True(
                        response.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out _),
                        $"{operation.Name} {path.Name} {response.Name} is not documented as problem details");
                }
            }
        }
    }

    [Fact]
    public async Task ADefinitionsDocument_IsDocumentedAsJson()
    {
        var document = await DocumentAsync();

        var ok = Operation(document, "get", "/api/workflow-definitions/{definitionId}").GetProperty("responses").GetProperty("200");

        Assert.True(ok.GetProperty("content").TryGetProperty("application/json", out _));
    }

    [Fact]
    public async Task FormFieldMinAndChoices_AreLeftOutWhenEmpty_SoNotRequired()
    {
        var document = await DocumentAsync();

        var field = document.GetProperty("components").GetProperty("schemas").GetProperty("FormFieldView");
        var required = field.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();

        Assert.Contains("name", required);
        Assert.DoesNotContain("min", required);
        Assert.DoesNotContain("choices", required);
        Assert.True(field.GetProperty("properties").TryGetProperty("min", out _));
    }

    private async Task<JsonElement> DocumentAsync() => await fixture.App.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

    private static JsonElement Operation(JsonElement document, string method, string path) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method);
}
