namespace GridFlow.Web.Localization;

/// <summary>The designers' pages' texts (categories, calendar, templates, definitions): <c>DesignText.resx</c> (zh-CN) and <c>DesignText.en.resx</c>.</summary>
public sealed class DesignText;
