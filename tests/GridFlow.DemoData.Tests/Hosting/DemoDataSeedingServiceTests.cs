using GridFlow.DemoData.Hosting;
using GridFlow.DemoData.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridFlow.DemoData.Tests.Hosting;

public class DemoDataSeedingServiceTests
{
    [Fact]
    public async Task StartAsync_DoesNothingWhenSeedDemoIsOff()
    {
        // No seeder (and no database) is registered: resolving one would throw.
        await using var services = new ServiceCollection().BuildServiceProvider();
        var service = new DemoDataSeedingService(
            services.GetRequiredService<IServiceScopeFactory>(),
            Microsoft.Extensions.Options.Options.Create(new SeedOptions { Demo = false }),
            NullLogger<DemoDataSeedingService>.Instance);

        await service.StartAsync(CancellationToken.None);
    }
}
