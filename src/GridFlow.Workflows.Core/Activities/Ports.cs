namespace GridFlow.Workflows.Core.Activities;

/// <summary>Port names shared by several activity types.</summary>
public static class Ports
{
    public const string Done = "done";
    public const string True = "true";
    public const string False = "false";
    public const string Default = "default";

    internal static readonly IReadOnlyList<string> DoneOnly = [Done];
}
