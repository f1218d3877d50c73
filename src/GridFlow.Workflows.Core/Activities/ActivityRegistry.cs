namespace GridFlow.Workflows.Core.Activities;

/// <summary>The known activity types and how each reads its inputs.</summary>
internal static class ActivityRegistry
{
    private static readonly Dictionary<string, Func<InputReader, Activity>> readers = new(StringComparer.Ordinal)
    {
        [ActivityTypeNames.Start] = StartActivity.Read,
        [ActivityTypeNames.UserTask] = UserTaskActivity.Read,
        [ActivityTypeNames.Decision] = DecisionActivity.Read,
        [ActivityTypeNames.Switch] = SwitchActivity.Read,
        [ActivityTypeNames.SetVariable] = SetVariableActivity.Read,
        [ActivityTypeNames.SetStatus] = SetStatusActivity.Read,
        [ActivityTypeNames.Notify] = NotifyActivity.Read,
        [ActivityTypeNames.Fork] = ForkActivity.Read,
        [ActivityTypeNames.Join] = JoinActivity.Read,
        [ActivityTypeNames.End] = EndActivity.Read,
    };

    /// <summary>Every known type name.</summary>
    public static IEnumerable<string> TypeNames => readers.Keys;

    /// <summary>The reader of <paramref name="type"/>, or null when the type is unknown.</summary>
    public static Func<InputReader, Activity>? Find(string type) => readers.GetValueOrDefault(type);
}
