namespace GridFlow.Workflows.Core.Activities;

/// <summary>The activity type names of the definition format.</summary>
public static class ActivityTypeNames
{
    public const string Start = "GridFlow.Start";
    public const string UserTask = "GridFlow.UserTask";
    public const string Decision = "GridFlow.Decision";
    public const string Switch = "GridFlow.Switch";
    public const string SetVariable = "GridFlow.SetVariable";
    public const string SetStatus = "GridFlow.SetStatus";
    public const string Notify = "GridFlow.Notify";
    public const string Fork = "GridFlow.Fork";
    public const string Join = "GridFlow.Join";
    public const string End = "GridFlow.End";
}
