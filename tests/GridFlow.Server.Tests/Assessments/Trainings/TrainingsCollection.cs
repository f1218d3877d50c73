namespace GridFlow.Server.Tests.Assessments.Trainings;

/// <summary>The training and archive test classes share one host (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class TrainingsCollection : ICollectionFixture<TrainingFixture>
{
    public const string Name = "Trainings host";
}
