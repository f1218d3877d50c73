namespace GridFlow.Notifications.Rendering;

/// <summary>
/// The escalation an <c>issue-escalated</c> notice is about, as templates see it: card (<c>yellow</c>, <c>red</c>,
/// <c>interview</c>), level, when it was raised (local time) and how long its task was overdue then, in whole working
/// days plus hours (and minutes when it is less than an hour; see <see cref="OverdueTime"/>). Templates word these in
/// their own language.
/// </summary>
public sealed record EscalationModel(string Id, string Card, int Level, string RaisedAt, int OverdueDays, int OverdueHours, int OverdueMinutes);
