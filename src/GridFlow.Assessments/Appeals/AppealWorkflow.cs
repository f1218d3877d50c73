namespace GridFlow.Assessments.Appeals;

/// <summary>
/// The definition an appeal's case runs (<c>workflows/assessment-appeal.json</c>, which designers may change), the
/// variables it is started with (what the supervisor's form shows) and the decision it is settled by.
/// </summary>
public static class AppealWorkflow
{
    public const string DefinitionId = "assessment-appeal";

    public const string ItemIdVariable = "itemId";

    /// <summary>What the line cost (positive): the most an upholding gives back.</summary>
    public const string LinePointsVariable = "linePoints";

    public const string ReasonVariable = "reason";

    public const string InspectorNameVariable = "inspectorName";

    public const string RunIdVariable = "runId";

    /// <summary>The outcome that upholds the appeal; any other outcome refuses it.</summary>
    public const string Uphold = "uphold";

    public const string Refuse = "refuse";

    /// <summary>The form field with the points to give back.</summary>
    public const string PointsField = "points";

    public const string CommentField = "comment";
}
