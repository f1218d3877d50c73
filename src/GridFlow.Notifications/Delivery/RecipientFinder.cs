using GridFlow.Workflows.Runtime.Assignment;

namespace GridFlow.Notifications.Delivery;

/// <summary>
/// Turns an outbox row's recipients into the users to notify, at delivery time: an assignee rule is resolved relative
/// to the issue by the runtime's one resolver (<see cref="AssigneeResolver"/>: the same person the rule would give a
/// task to), <c>taskAssignee</c> is whoever holds the task now, and a role in a region is everyone with that role
/// there. The people behind an assignee come from the accounts' directory.
/// </summary>
public sealed class RecipientFinder(AssigneeResolver assignees, UserDirectory users)
{
    public async Task<IReadOnlyList<UserContact>> FindAsync(OutboxRecipients recipients, IssueFacts? issue, TaskFacts? task, CancellationToken cancellationToken)
    {
        switch (recipients.Rule)
        {
            case OutboxRecipients.RoleRule:
                return recipients is { Role: { } role, RegionId: { } region }
                    ? await users.InRoleAsync(role, region, cancellationToken)
                    : throw new UndeliverableException("The role rule needs role and regionId.");
            case OutboxRecipients.TaskAssigneeRule:
                return task is null ? throw new UndeliverableException("taskAssignee needs a task.") : await UsersOfAsync(task.Assignee, cancellationToken);
        }

        if (issue is null)
        {
            throw new UndeliverableException($"The rule {recipients.Rule} needs an issue.");
        }

        return await UsersOfAsync(await assignees.ResolveAsync(recipients.AsAssigneeRule(), issue.Issue, cancellationToken), cancellationToken);
    }

    private async Task<IReadOnlyList<UserContact>> UsersOfAsync(ResolvedAssignee assignee, CancellationToken cancellationToken) => assignee switch
    {
        { UserId: { } userId } => await users.ByIdAsync(userId, cancellationToken),
        { InspectorId: { } inspectorId } => await users.ByInspectorAsync(inspectorId, cancellationToken),
        { Role: { } role, RegionId: { } regionId } => await users.InRoleAsync(role, regionId, cancellationToken),
        _ => [],
    };
}
