namespace GridFlow.Web.Localization;

/// <summary>The cross-check and training pages' texts: <c>ChecksText.resx</c> (zh-CN) and <c>ChecksText.en.resx</c>.</summary>
public sealed class ChecksText;
