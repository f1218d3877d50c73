using GridFlow.DemoData.Seeding;

namespace GridFlow.DemoData.Tests.Seeding;

public class SeedResultTests
{
    [Fact]
    public void AlreadySeeded_IsTrueOnlyWhenNothingWasInserted()
    {
        Assert.True(new SeedResult(0, 0, 0, 0, 0, 0).AlreadySeeded);
        Assert.False(new SeedResult(0, 0, 0, 0, 0, 1).AlreadySeeded);
    }
}
