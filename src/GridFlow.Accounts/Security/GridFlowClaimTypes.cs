namespace GridFlow.Accounts.Security;

/// <summary>Claims GridFlow puts in every token, so scoping a request needs no database round trip.</summary>
public static class GridFlowClaimTypes
{
    public const string DisplayName = "gridflow:display_name";
    public const string RegionId = "gridflow:region_id";
    public const string RegionPath = "gridflow:region_path";
    public const string InspectorId = "gridflow:inspector_id";

    /// <summary>The session (refresh-token family) the access token was issued in: revoking it ends the token too.</summary>
    public const string SessionId = "sid";
}
