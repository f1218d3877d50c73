namespace GridFlow.Data.Assessments;

/// <summary>
/// A cross-check (交叉检查) a supervisor ordered: grid <see cref="GridId"/> checked by <see cref="CheckerUserId"/> before
/// <see cref="DueAt"/>. The work runs as a case of the workflow engine (<see cref="CaseId"/>, an issues row of kind
/// cross-check); whether it is done is read from that case's workflow, never kept here as a second truth.
/// </summary>
public class CrossCheck : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid GridId { get; set; }

    /// <summary>The grid's township path when ordered, so scoping is a prefix match without naming Regions' tables.</summary>
    public required string RegionPath { get; set; }

    public required string CheckerUserId { get; set; }

    public DateTimeOffset DueAt { get; set; }

    /// <summary>The case the engine runs for it (Runtime's issues row).</summary>
    public Guid CaseId { get; set; }

    /// <summary>The account that ordered it.</summary>
    public required string OrderedBy { get; set; }

    public DateTimeOffset OrderedAt { get; set; }
}
