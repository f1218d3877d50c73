namespace GridFlow.Server.Tests.Assessments.CrossChecks;

/// <summary>The cross-check test classes share one clocked host (they run one after another, each reading the clock as it finds it).</summary>
[CollectionDefinition(Name)]
public sealed class CrossChecksCollection : ICollectionFixture<CrossCheckFixture>
{
    public const string Name = "Cross-checks host";
}
