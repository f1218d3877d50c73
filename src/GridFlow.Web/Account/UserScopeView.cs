namespace GridFlow.Web.Account;

/// <summary>A user's scope as the console shows it: everywhere, or a region's path from the city down, and an inspector's grids (code and name).</summary>
public sealed record UserScopeView(bool Everywhere, IReadOnlyList<string> RegionPath, IReadOnlyList<string> GridIds);
