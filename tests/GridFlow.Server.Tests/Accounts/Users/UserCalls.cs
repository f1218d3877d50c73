using GridFlow.Server.Tests.Accounts.Support;

namespace GridFlow.Server.Tests.Accounts.Users;

/// <summary>The calls of <c>/api/users</c> the account-management tests make, on the shared <see cref="AccountsFixture"/> host.</summary>
public sealed class UserCalls(AccountsFixture fixture, string address)
{
    public const string Password = AccountsFixture.Password;

    /// <summary>A client signed in as <paramref name="userName"/>, its requests from this test's address.</summary>
    public async Task<HttpClient> AsAsync(string userName, string password = Password) =>
        fixture.ClientWith((await AuthCalls.SignInAsync(fixture.ClientFrom(address), userName, password)).AccessToken, address);

    public Task<HttpResponseMessage> LoginAsync(string userName, string password) =>
        AuthCalls.LoginAsync(fixture.ClientFrom(address), userName, password);

    public static Task<HttpResponseMessage> CreateAsync(HttpClient client, object body) => client.PostAsJsonAsync("/api/users", body);

    /// <summary>Creates an account and returns it (asserting 201 and its Location).</summary>
    public static async Task<JsonElement> CreatedAsync(HttpClient client, object body)
    {
        var response = await CreateAsync(client, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var user = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/users/{user.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        return user;
    }

    /// <summary>A township officer of <paramref name="regionId"/>.</summary>
    public static object Officer(string userName, Guid regionId, string password = Password) =>
        new { userName, displayName = $"{userName} 办事员", password, roles = new[] { "township-officer" }, regionId };

    /// <summary>An inspector account for <paramref name="inspectorId"/> of <paramref name="regionId"/>.</summary>
    public static object Inspector(string userName, Guid regionId, Guid inspectorId) =>
        new { userName, displayName = $"{userName} 网格员", password = Password, roles = new[] { "inspector" }, regionId, inspectorId };

    public static Task<HttpResponseMessage> ActAsync(HttpClient client, string userId, string action) =>
        client.PostAsync($"/api/users/{userId}/{action}", null);
}
