namespace GridFlow.Notifications.Rendering;

/// <summary>An inspector's result as the <c>assessment-result</c> template sees it (numbers already formatted).</summary>
public sealed record ResultModel(string Score, string Grade, string Pay, int RankInTownship, int RankInCounty);
