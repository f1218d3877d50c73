namespace GridFlow.Contracts.Notifications;

/// <summary>The escalation an in-app notification is about: its id (for <c>POST /api/escalations/{id}/actions</c>), card (yellow, red, interview) and level.</summary>
public sealed record NotificationEscalationView(string Id, string Card, int Level);
