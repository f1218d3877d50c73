namespace GridFlow.Contracts.Assessments;

/// <summary>What a training record is: a training (培训), a study session (学习) or an exam (考试, the one with scores).</summary>
public static class TrainingKinds
{
    public const string Training = "training";

    public const string Study = "study";

    public const string Exam = "exam";

    public static readonly IReadOnlyList<string> All = [Training, Study, Exam];
}
