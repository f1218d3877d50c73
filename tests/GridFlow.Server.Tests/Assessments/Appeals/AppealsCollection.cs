namespace GridFlow.Server.Tests.Assessments.Appeals;

/// <summary>The appeal test classes share one host (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class AppealsCollection : ICollectionFixture<AppealsFixture>
{
    public const string Name = "Appeals host";
}
