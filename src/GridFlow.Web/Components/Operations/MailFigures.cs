namespace GridFlow.Web.Components.Operations;

/// <summary>Outgoing mail waiting (pending), being sent, and refused by the server for good (the failed ones).</summary>
public sealed record MailFigures(int Pending, int Sending, int Refused);
