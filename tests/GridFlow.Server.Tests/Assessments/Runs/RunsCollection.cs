namespace GridFlow.Server.Tests.Assessments.Runs;

/// <summary>The run test classes share one host and its test grid (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class RunsCollection : ICollectionFixture<RunsFixture>
{
    public const string Name = "Runs host";
}
