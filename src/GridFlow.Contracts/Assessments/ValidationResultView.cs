namespace GridFlow.Contracts.Assessments;

/// <summary>The answer to a validation that found nothing wrong.</summary>
public sealed record ValidationResultView(bool Valid);
