using System.Net.Http.Headers;
using GridFlow.Accounts.Provisioning;
using GridFlow.Contracts.Accounts;
using GridFlow.Data.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GridFlow.Server.Tests.Accounts.Support;

/// <summary>
/// A GridFlow host for the account tests, on its own copy of the demo database: sessions are read on every request
/// (<c>Accounts:SessionCheckSeconds</c> 0), a request's client address comes from <see cref="ClientAddressFromHeader"/>,
/// the password hasher counts its verifications, and the clock is a <see cref="FakeTimeProvider"/> that starts at the
/// real present (Identity's own lockout times follow the system clock, so both read the same). The backstop lockout is
/// lowered to <see cref="BackstopFailures"/> so a test can reach it. The account test classes share one such host
/// (<see cref="AccountsCollection"/>): each test signs in with accounts and addresses of its own, and the clock only
/// ever moves by seconds.
/// </summary>
public sealed class AccountsFixture : IAsyncLifetime
{
    public const string Password = "GridFlow!2026";
    public const int BackstopFailures = 8;

    private GridFlowApp? root;
    private WebApplicationFactory<Program>? factory;

    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    public PasswordVerifications Verifications { get; } = new();

    public IServiceProvider Services => Factory.Services;

    public string ConnectionString => Root.ConnectionString;

    private GridFlowApp Root => root ?? throw new InvalidOperationException("The fixture is not initialised.");

    private WebApplicationFactory<Program> Factory => factory ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        root = new GridFlowApp(await TestDatabases.CreateDemoAsync(), new()
        {
            ["Accounts:SessionCheckSeconds"] = "0",
            ["Accounts:MaxFailedAccessAttempts"] = BackstopFailures.ToString(),
            // No Hangfire server or loops: these tests need none, and every host's pools count against the cluster's connections.
            ["Scheduling:Role"] = "api",
        });
        factory = root.WithWebHostBuilder(b => b.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(Verifications);
            services.AddTransient<IStartupFilter, ClientAddressFromHeader>();
            services.AddScoped<IPasswordHasher<GridFlowUser>>(provider => new CountingPasswordHasher(
                new PasswordHasher<GridFlowUser>(provider.GetService<IOptions<PasswordHasherOptions>>()), Verifications));
        }));
        _ = factory.Server;
    }

    /// <summary>An anonymous client whose requests come from <paramref name="address"/>.</summary>
    public HttpClient ClientFrom(string address)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return client;
    }

    /// <summary>A client that sends <paramref name="accessToken"/>.</summary>
    public HttpClient ClientWith(string accessToken, string address = "192.0.2.1")
    {
        var client = ClientFrom(address);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>Creates a county supervisor of 东昌府区 named <paramref name="userName"/> with <see cref="Password"/>.</summary>
    public async Task CreateAccountAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GridFlowUser>>();
        var county = (await users.FindByNameAsync("county-supervisor"))!.RegionId!.Value;
        await scope.ServiceProvider.GetRequiredService<AccountProvisioner>()
            .EnsureAsync(new NewAccount(userName, userName, null, Roles.CountySupervisor, county, null, Password));
    }

    /// <summary>Changes an account through Identity, as an administrator's tool would.</summary>
    public async Task ChangeAccountAsync(string userName, Func<UserManager<GridFlowUser>, GridFlowUser, Task<IdentityResult>> change)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GridFlowUser>>();
        var result = await change(users, (await users.FindByNameAsync(userName))!);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    public async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (root is not null)
        {
            await root.DisposeAsync();
        }
    }
}
