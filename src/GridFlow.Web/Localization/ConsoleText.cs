namespace GridFlow.Web.Localization;

/// <summary>The console's texts: <c>ConsoleText.resx</c> (zh-CN, the neutral language) and <c>ConsoleText.en.resx</c>.</summary>
public sealed class ConsoleText;
