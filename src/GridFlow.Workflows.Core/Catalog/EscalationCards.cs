namespace GridFlow.Workflows.Core.Catalog;

/// <summary>The cards of the escalation ladder: yellow at the deadline, red later, then an interview (约谈).</summary>
public static class EscalationCards
{
    public const string Yellow = "yellow";
    public const string Red = "red";
    public const string Interview = "interview";

    /// <summary>Every known card.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Yellow, Red, Interview };
}
