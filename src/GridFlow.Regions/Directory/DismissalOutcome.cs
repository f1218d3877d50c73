namespace GridFlow.Regions.Directory;

/// <summary>What <see cref="InspectorDismissals.DismissAsync"/> did.</summary>
public enum DismissalOutcome
{
    Dismissed,
    NotFound,
    AlreadyDismissed,
}
