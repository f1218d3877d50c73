namespace GridFlow.Web.Localization;

/// <summary>The assessment pages' texts (runs, results, scorecards): <c>AssessmentText.resx</c> (zh-CN) and <c>AssessmentText.en.resx</c>.</summary>
public sealed class AssessmentText;
