namespace GridFlow.Web.Localization;

/// <summary>The console's languages: Chinese first (the default, and the neutral resources), English beside it.</summary>
public static class ConsoleCultures
{
    public const string Default = "zh-CN";

    public const string English = "en";

    public static IReadOnlyList<string> Supported { get; } = [Default, English];
}
