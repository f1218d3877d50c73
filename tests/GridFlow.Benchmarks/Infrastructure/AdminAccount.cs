using System.Net.Http.Json;
using GridFlow.Contracts.Accounts;
using GridFlow.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Benchmarks.Infrastructure;

/// <summary>
/// The account the HTTP phase signs in with, created through the app's own Identity services so the
/// password hash, security stamp and role link are exactly what a real account has.
/// </summary>
public static class AdminAccount
{
    public const string UserName = "bench-admin";

    // A throwaway database on a throwaway cluster: a fixed password is fine here.
    private const string Password = "Bench!2026-locate";

    public static async Task CreateAsync(IServiceProvider services, Guid regionId)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(Roles.Admin))
        {
            Check(await roles.CreateAsync(new IdentityRole(Roles.Admin)), "create role admin");
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<GridFlowUser>>();
        var user = new GridFlowUser { UserName = UserName, DisplayName = "Benchmark admin", RegionId = regionId };
        Check(await users.CreateAsync(user, Password), $"create user {UserName}");
        Check(await users.AddToRoleAsync(user, Roles.Admin), $"add {UserName} to admin");
    }

    /// <summary>Signs in over HTTP, as a client would, and returns the bearer access token.</summary>
    public static async Task<string> LoginAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = UserName, password = Password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"login as {UserName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var token = await response.Content.ReadFromJsonAsync<LoginResponse>();
        return token?.AccessToken ?? throw new InvalidOperationException("login answered without an accessToken");
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
