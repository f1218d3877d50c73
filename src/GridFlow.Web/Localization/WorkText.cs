namespace GridFlow.Web.Localization;

/// <summary>The work pages' texts (the inbox and the task page): <c>WorkText.resx</c> (zh-CN) and <c>WorkText.en.resx</c>.</summary>
public sealed class WorkText;
