using GridFlow.DemoData.Extensions;
using GridFlow.DemoData.Hosting;
using GridFlow.DemoData.Options;
using GridFlow.DemoData.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GridFlow.DemoData.Tests.Extensions;

public class DemoDataExtensionsTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData(null, false)]
    public void AddDemoData_BindsSeedDemo(string? value, bool expected)
    {
        var options = Build(("Seed:Demo", value)).GetRequiredService<IOptions<SeedOptions>>().Value;
        Assert.Equal(expected, options.Demo);
    }

    [Fact]
    public void AddDemoData_RejectsAMisspeltKey() =>
        Assert.Throws<InvalidOperationException>(() => Build(("Seed:Demoo", "true")).GetRequiredService<IOptions<SeedOptions>>().Value);

    [Fact]
    public void AddDemoData_RejectsAValueThatIsNotABool() =>
        Assert.Throws<InvalidOperationException>(() => Build(("Seed:Demo", "yes")).GetRequiredService<IOptions<SeedOptions>>().Value);

    [Fact]
    public void AddDemoData_RegistersTheSeederAndTheHostedService()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddDemoData();
        Assert.Contains(builder.Services, d => d.ServiceType == typeof(DemoSeeder) && d.Lifetime == ServiceLifetime.Scoped);
        Assert.Contains(builder.Services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DemoDataSeedingService));
    }

    private static ServiceProvider Build(params (string Key, string? Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.AddDemoData();
        return builder.Services.BuildServiceProvider();
    }
}
