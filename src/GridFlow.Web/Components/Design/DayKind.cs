namespace GridFlow.Web.Components.Design;

/// <summary>How the calendar page colours a day: what the official calendar says, and what designers added locally.</summary>
public enum DayKind
{
    Working,
    Off,
    OfficialMakeUp,
    LocalOff,
    LocalMakeUp,
}
