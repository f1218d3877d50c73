namespace GridFlow.Web.Localization;

/// <summary>The comparison of two assessment runs' texts: <c>CompareText.resx</c> (zh-CN) and <c>CompareText.en.resx</c>.</summary>
public sealed class CompareText;
