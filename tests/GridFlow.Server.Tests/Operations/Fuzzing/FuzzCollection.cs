namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>
/// The fuzz run on its own: a few thousand requests keep both cores busy, which would slow the timing-sensitive tests
/// running beside it (and they would slow it).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FuzzCollection
{
    public const string Name = "Fuzzing";
}
