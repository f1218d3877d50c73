namespace GridFlow.Contracts.Assessments;

/// <summary>A scheme version's life: edited as a draft, published (one per scheme), retired when a newer one is published.</summary>
public static class SchemeStatuses
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Retired = "retired";
}
