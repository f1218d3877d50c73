namespace GridFlow.Web.Localization;

/// <summary>The issue and escalation pages' texts: <c>IssuesText.resx</c> (zh-CN) and <c>IssuesText.en.resx</c>.</summary>
public sealed class IssuesText;
