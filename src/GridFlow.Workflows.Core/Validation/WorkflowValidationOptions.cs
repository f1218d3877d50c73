using GridFlow.Contracts.Issues;
using GridFlow.Workflows.Core.Catalog;

namespace GridFlow.Workflows.Core.Validation;

/// <summary>
/// The names a definition may refer to. <see cref="Default"/> takes the templates from <see cref="Catalog"/> and the
/// roles and statuses from the public API's vocabulary (<see cref="Contracts.Accounts.Roles"/>,
/// <see cref="IssueStatuses"/>); a host with
/// its own templates (e.g. designer-edited ones stored in the database) passes its own sets.
/// </summary>
public sealed record WorkflowValidationOptions(
    IReadOnlySet<string> Templates,
    IReadOnlySet<string> Roles,
    IReadOnlySet<string> Statuses)
{
    /// <summary>The library's catalog of templates, roles and statuses.</summary>
    public static WorkflowValidationOptions Default { get; } = new(KnownTemplates.All, new HashSet<string>(Contracts.Accounts.Roles.All, StringComparer.Ordinal), IssueStatuses.All);
}
