using GridFlow.Workflows.Core.Catalog;

namespace GridFlow.Workflows.Core.Validation;

/// <summary>
/// The names a definition may refer to. <see cref="Default"/> takes them from <see cref="Catalog"/>; a host with
/// its own templates (e.g. designer-edited ones stored in the database) passes its own sets.
/// </summary>
public sealed record WorkflowValidationOptions(
    IReadOnlySet<string> Templates,
    IReadOnlySet<string> Roles,
    IReadOnlySet<string> Statuses)
{
    /// <summary>The library's catalog of templates, roles and statuses.</summary>
    public static WorkflowValidationOptions Default { get; } = new(KnownTemplates.All, KnownRoles.All, IssueStatuses.All);
}
