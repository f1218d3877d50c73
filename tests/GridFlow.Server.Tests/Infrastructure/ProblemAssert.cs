namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>Assertions on RFC 7807 problem responses.</summary>
public static class ProblemAssert
{
    /// <summary>Asserts a 400 problem whose <c>errors</c> has the field, and returns that field's messages.</summary>
    public static async Task<string> HasFieldErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"Expected an error for '{field}', got: {errors}");
        return string.Join(" ", messages.EnumerateArray().Select(m => m.GetString()));
    }

    public static async Task IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body);
    }
}
