using Microsoft.AspNetCore.Identity;

namespace GridFlow.Data.Accounts;

/// <summary>A login account. Supervisors and officers are bound to a region, inspectors to their inspector record.</summary>
public class GridFlowUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The region the account works in: a supervisor's county or city, an officer's township.</summary>
    public Guid? RegionId { get; set; }

    public Guid? InspectorId { get; set; }
}
