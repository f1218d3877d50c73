namespace GridFlow.Web.Localization;

/// <summary>The assessment scheme pages' texts (list, editor): <c>SchemesText.resx</c> (zh-CN) and <c>SchemesText.en.resx</c>.</summary>
public sealed class SchemesText;
