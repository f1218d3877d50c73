namespace GridFlow.Notifications.Results;

/// <summary>One inspector's result, as the notification tells it.</summary>
public sealed record InspectorResultNotice(Guid InspectorId, decimal Score, string Grade, decimal Pay, int RankInTownship, int RankInCounty);
