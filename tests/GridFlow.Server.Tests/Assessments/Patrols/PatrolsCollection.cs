namespace GridFlow.Server.Tests.Assessments.Patrols;

/// <summary>The patrol test classes share one host and its test grid (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class PatrolsCollection : ICollectionFixture<PatrolFixture>
{
    public const string Name = "Patrols host";
}
