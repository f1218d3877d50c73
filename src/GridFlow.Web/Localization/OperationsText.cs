namespace GridFlow.Web.Localization;

/// <summary>The operations pages' texts (the health page): <c>OperationsText.resx</c> (zh-CN) and <c>OperationsText.en.resx</c>.</summary>
public sealed class OperationsText;
