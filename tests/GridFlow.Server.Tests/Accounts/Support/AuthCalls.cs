namespace GridFlow.Server.Tests.Accounts.Support;

/// <summary>The calls of <c>/api/auth</c> the account tests make.</summary>
public static class AuthCalls
{
    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/auth/login", new { userName, password });

    public static Task<HttpResponseMessage> RefreshAsync(HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });

    public static async Task<TokenResponse> SignInAsync(HttpClient client, string userName, string password = AccountsFixture.Password)
    {
        var response = await LoginAsync(client, userName, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    public static async Task<TokenResponse> RefreshedAsync(HttpClient client, string refreshToken)
    {
        var response = await RefreshAsync(client, refreshToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    /// <summary>A problem body without its trace id, the one part that differs between any two responses.</summary>
    public static async Task<string> ProblemBodyAsync(HttpResponseMessage response)
    {
        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(await response.Content.ReadAsStringAsync())!;
        body.Remove("traceId");
        return JsonSerializer.Serialize(body.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary());
    }
}
