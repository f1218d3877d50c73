namespace GridFlow.Web.Localization;

/// <summary>The assessment appeals' texts (the appeals list, appealing on a scorecard): <c>AppealsText.resx</c> (zh-CN) and <c>AppealsText.en.resx</c>.</summary>
public sealed class AppealsText;
