namespace GridFlow.Server.Tests.Operations;

/// <summary>
/// Tests that measure the whole process's allocations run alone, after the parallel ones: another test's work would
/// count as theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ResourceLimitsCollection
{
    public const string Name = "resource limits";
}
